#include "kg/nlp/ner.h"

#include "ner_features.h"
#include "ner_model.h"

namespace kg::nlp {

using namespace ner_detail;

struct EntityRecognizer::Impl {
  std::map<std::string, std::string> header;
  NerModel model;
  std::vector<std::string> labels;  // class id -> "B-PERSON" ...
};

namespace ner_detail {

void write_ner_model(ModelWriter& out, const NerModel& m) {
  out.u32(static_cast<std::uint32_t>(m.types.size()));
  for (const auto& t : m.types) out.str(t);
  m.gazetteer.save(out);
  m.weights.save(out);
}

}  // namespace ner_detail

EntityRecognizer EntityRecognizer::read(ModelReader& in) {
  auto impl = std::make_shared<Impl>();
  impl->header = in.header();
  std::uint32_t ntypes = in.u32("entity type count");
  if (ntypes == 0 || ntypes > 60) in.fail("entity type count", "bad number of entity types");
  for (std::uint32_t i = 0; i < ntypes; ++i) impl->model.types.push_back(in.str("entity type"));
  impl->model.gazetteer = Gazetteer::load(in);
  impl->model.weights = PerceptronModel::load(in);
  if (impl->model.weights.num_classes() != static_cast<int>(1 + 4 * ntypes))
    in.fail("perceptron classes", "differs from 1 + 4 x the number of entity types");
  in.expect_end();
  impl->labels.push_back("O");
  for (const auto& t : impl->model.types)
    for (const char* p : {"B-", "I-", "L-", "U-"}) impl->labels.push_back(p + t);
  EntityRecognizer r;
  r.impl_ = std::move(impl);
  return r;
}

EntityRecognizer EntityRecognizer::load(const std::filesystem::path& path) {
  ModelReader in(path, "ner");
  return read(in);
}

EntityRecognizer EntityRecognizer::load_bytes(std::string data, std::string source) {
  ModelReader in(std::move(data), std::move(source), "ner");
  return read(in);
}

const std::map<std::string, std::string>& EntityRecognizer::header() const { return impl_->header; }

void EntityRecognizer::tag(Sentence& s) const {
  if (s.words.empty()) return;
  thread_local Scratch scratch;
  const NerModel& m = impl_->model;
  compute_atoms(s, m.gazetteer, scratch);
  decode(
      scratch, m.weights.num_classes(),
      [&](const std::uint64_t* f, std::size_t n, float* scores) { m.weights.score(f, n, scores); },
      [](std::size_t, const std::uint64_t*, int, int guess) { return guess; });
  for (std::size_t i = 0; i < s.words.size(); ++i) s.words[i].ner = impl_->labels[static_cast<std::size_t>(scratch.labels[i])];
  // Demonyms are NORP ("North Korean officials"), unless the tagger put them
  // inside a longer mention ("American Airlines").
  const std::size_t n = s.words.size();
  for (std::size_t i = 0; i < n;) {
    const GazetteerMatch& g = scratch.gazetteer[i];
    if (!(g.types & kGazNorp) || (g.position != 1 && g.position != 4)) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    if (g.position == 1)
      while (end < n && (scratch.gazetteer[end].position == 2 || scratch.gazetteer[end].position == 3))
        if (scratch.gazetteer[end++].position == 3) break;
    const int first = scratch.labels[i], last = scratch.labels[end - 1];
    const bool starts_inside = first != 0 && (label_prefix(first) == 2 || label_prefix(first) == 3);
    const bool ends_inside = last != 0 && (label_prefix(last) == 1 || label_prefix(last) == 2);
    if (!starts_inside && !ends_inside) {
      for (std::size_t k = i; k < end; ++k)
        s.words[k].ner = end - i == 1 ? "U-NORP" : k == i ? "B-NORP" : k + 1 == end ? "L-NORP" : "I-NORP";
    }
    i = end;
  }
}

std::vector<Mention> EntityRecognizer::mentions(const Sentence& s) const { return mentions_from_bilou(s); }

std::vector<Mention> mentions_from_bilou(const Sentence& s) {
  std::vector<Mention> out;
  int open = -1;
  std::string type;
  for (int i = 0; i < static_cast<int>(s.words.size()); ++i) {
    const std::string& tag = s.words[static_cast<std::size_t>(i)].ner;
    char p = tag.size() > 2 && tag[1] == '-' ? tag[0] : 'O';
    std::string t = p == 'O' ? std::string() : tag.substr(2);
    if (open >= 0 && (p == 'O' || p == 'B' || p == 'U' || t != type)) {
      out.push_back({open, i - 1, type});  // unterminated mention: close it before this word
      open = -1;
    }
    if (p == 'U') {
      out.push_back({i, i, t});
    } else if (p == 'B' || ((p == 'I' || p == 'L') && open < 0)) {
      open = i;
      type = t;
      if (p == 'L') {
        out.push_back({i, i, t});
        open = -1;
      }
    } else if (p == 'L') {
      out.push_back({open, i, type});
      open = -1;
    }
  }
  if (open >= 0) out.push_back({open, static_cast<int>(s.words.size()) - 1, type});
  return out;
}

}  // namespace kg::nlp
