#include "kg/nlp/ner.h"

#include "ner_document.h"
#include "ner_features.h"
#include "ner_model.h"
#include "ner_titles.h"

namespace kg::nlp {

using namespace ner_detail;

struct EntityRecognizer::Impl {
  std::map<std::string, std::string> header;
  NerModel model;
  std::vector<std::string> labels;  // class id -> "B-PERSON" ...
};

namespace ner_detail {

void write_ner_model(ModelWriter& out, const NerModel& m) {
  out.u32(kNerFormat3Marker);
  out.u32(static_cast<std::uint32_t>(m.types.size()));
  for (const auto& t : m.types) out.str(t);
  m.gazetteer.save(out);
  m.case_lexicon.save(out);
  const bool two = m.doc_weights.num_classes() > 0;
  out.u8(two ? 2 : 1);
  out.u8(m.context ? 1 : 0);
  m.weights.save(out);
  if (two) m.doc_weights.save(out);
}

}  // namespace ner_detail

namespace {

// No space between words i and i+1: from byte offsets when the words carry
// them, else from CoNLL-U's SpaceAfter=No.
bool glued(const Sentence& s, std::size_t i) {
  const Word& a = s.words[i];
  const Word& b = s.words[i + 1];
  if (a.end > 0) return a.end == b.start;
  return misc_value(a.misc, "SpaceAfter") == "No";
}

// A mention ending just before a glued hyphen takes the rest of the
// hyphenated word: the tokenizer splits "Moon Jae-in" into "Jae" "-" "in",
// and "in" alone reads as a preposition.
void extend_over_hyphens(Sentence& s) {
  const std::size_t n = s.words.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    const std::string& tag = s.words[i].ner;
    if (tag.size() < 3 || (tag[0] != 'L' && tag[0] != 'U') || s.words[i + 1].form != "-" ||
        s.words[i + 2].ner != "O" || !glued(s, i) || !glued(s, i + 1))
      continue;
    const std::string type = tag.substr(2);
    s.words[i].ner = (tag[0] == 'U' ? "B-" : "I-") + type;
    s.words[i + 1].ner = "I-" + type;
    s.words[i + 2].ner = "L-" + type;
    i += 2;
  }
}

// The decoded classes of scratch as BILOU tags, then the rules the
// perceptron does not learn: hyphen completion, gazetteer GPEs, demonyms.
void finish(Sentence& s, const Scratch& scratch, const std::vector<std::string>& labels) {
  for (std::size_t i = 0; i < s.words.size(); ++i) s.words[i].ner = labels[static_cast<std::size_t>(scratch.labels[i])];
  extend_over_hyphens(s);
  // A mention that is exactly a country or capital of the gazetteer is a GPE
  // ("North Korea's Kim" is not an ORG), whatever the context suggested.
  for (const Mention& m : mentions_from_bilou(s)) {
    const GazetteerMatch& a = scratch.gazetteer[static_cast<std::size_t>(m.first)];
    const GazetteerMatch& b = scratch.gazetteer[static_cast<std::size_t>(m.last)];
    const bool exact = m.first == m.last ? a.position == 4 : a.position == 1 && b.position == 3;
    if (!exact || !(a.types & kGazGpe) || m.type == "GPE") continue;
    for (int k = m.first; k <= m.last; ++k) {
      std::string& tag = s.words[static_cast<std::size_t>(k)].ner;
      tag = tag.substr(0, 2) + "GPE";
    }
  }
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

}  // namespace

EntityRecognizer EntityRecognizer::read(ModelReader& in) {
  auto impl = std::make_shared<Impl>();
  impl->header = in.header();
  std::uint32_t ntypes = in.u32("entity type count");
  // Format 1 models start with the type count.
  const bool format3 = ntypes == kNerFormat3Marker, format2 = format3 || ntypes == kNerFormat2Marker;
  if (format2) ntypes = in.u32("entity type count");
  if (ntypes == 0 || ntypes > 60) in.fail("entity type count", "bad number of entity types");
  for (std::uint32_t i = 0; i < ntypes; ++i) impl->model.types.push_back(in.str("entity type"));
  impl->model.gazetteer = Gazetteer::load(in);
  if (format2) impl->model.case_lexicon = CaseLexicon::load(in);
  const std::uint8_t passes = format2 ? in.u8("pass count") : 1;
  if (passes != 1 && passes != 2) in.fail("pass count", "expected 1 or 2 passes");
  const std::uint8_t flags = format3 ? in.u8("feature flags") : 0;
  if (flags > 1) in.fail("feature flags", "unknown feature flags");
  impl->model.context = flags & 1;
  impl->model.weights = PerceptronModel::load(in);
  if (passes == 2) impl->model.doc_weights = PerceptronModel::load(in);
  const int classes = static_cast<int>(1 + 4 * ntypes);
  if (impl->model.weights.num_classes() != classes || (passes == 2 && impl->model.doc_weights.num_classes() != classes))
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

void EntityRecognizer::tag(Sentence& s) const { tag_document(std::span<Sentence>(&s, 1)); }

void EntityRecognizer::tag_document(std::span<Sentence> doc, Titles titles) const {
  thread_local Scratch scratch;
  thread_local std::vector<std::vector<int>> first;
  thread_local DocumentAtoms atoms;
  const NerModel& m = impl_->model;
  const bool two = m.doc_weights.num_classes() > 0;
  thread_local ContextAtoms context;
  if (m.context) context_atoms(doc, context);
  if (two) {
    first.resize(doc.size());
    for (std::size_t k = 0; k < doc.size(); ++k) {
      scratch.context = m.context ? &context[k] : nullptr;
      decode_with(m.weights, m.gazetteer, m.case_lexicon, doc[k], nullptr, scratch);
      first[k] = scratch.labels;
    }
    document_atoms(doc.data(), doc.size(), first, m.weights.num_classes(), atoms);
  }
  for (std::size_t k = 0; k < doc.size(); ++k) {
    if (doc[k].words.empty()) continue;
    scratch.context = m.context ? &context[k] : nullptr;
    decode_with(two ? m.doc_weights : m.weights, m.gazetteer, m.case_lexicon, doc[k], two ? &atoms[k] : nullptr, scratch);
    finish(doc[k], scratch, impl_->labels);
  }
  repeat_names(doc);
  if (titles == Titles::kKeep) return;
  for (Sentence& s : doc) {
    m.gazetteer.match(s, scratch.gazetteer);
    cut_titles(s, scratch.gazetteer);
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
