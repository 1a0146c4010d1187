#include "kg/nlp/tagger.h"

#include "kg/base/error.h"
#include "tagger_model.h"

namespace kg::nlp {

using namespace tagger_detail;

struct Tagger::Impl {
  std::map<std::string, std::string> header;
  TaggerModel model;
  WordTable<LexEntry> lexicon;
};

namespace tagger_detail {

void write_tagger_model(ModelWriter& out, const TaggerModel& m) {
  out.u32(static_cast<std::uint32_t>(m.tags.size()));
  for (const TagName& t : m.tags) {
    out.str(t.upos);
    out.str(t.xpos);
  }
  out.u64(m.lexicon.size());
  for (const LexiconItem& l : m.lexicon) {
    out.u64(l.key);
    out.u64(l.entry.ambiguity);
    out.i32(l.entry.dict_tag);
  }
  m.weights.save(out);
}

}  // namespace tagger_detail

Tagger Tagger::read(ModelReader& in) {
  auto impl = std::make_shared<Tagger::Impl>();
  impl->header = in.header();
  TaggerModel& m = impl->model;
  std::uint32_t ntags = in.u32("tag count");
  if (ntags == 0 || ntags > 4096) in.fail("tag count", "bad number of tags");
  m.tags.resize(ntags);
  for (TagName& t : m.tags) {
    t.upos = in.str("tag upos");
    t.xpos = in.str("tag xpos");
  }
  std::uint64_t nlex = in.u64("lexicon size");
  if (nlex > (1u << 24)) in.fail("lexicon size", "lexicon too large");
  m.lexicon.resize(static_cast<std::size_t>(nlex));
  std::vector<std::pair<std::uint64_t, LexEntry>> items;
  items.reserve(m.lexicon.size());
  for (LexiconItem& l : m.lexicon) {
    l.key = in.u64("lexicon key");
    l.entry.ambiguity = in.u64("lexicon ambiguity class");
    l.entry.dict_tag = in.i32("lexicon tag");
    if (l.entry.dict_tag < -1 || l.entry.dict_tag >= static_cast<std::int32_t>(ntags))
      in.fail("lexicon tag", "tag id out of range");
    items.emplace_back(l.key, l.entry);
  }
  m.weights = PerceptronModel::load(in);
  if (m.weights.num_classes() != static_cast<int>(ntags)) in.fail("perceptron classes", "differs from the tag count");
  in.expect_end();
  impl->lexicon = WordTable<LexEntry>(items);
  Tagger t;
  t.impl_ = std::move(impl);
  return t;
}

Tagger Tagger::load(const std::filesystem::path& path) {
  ModelReader in(path, "tagger");
  return read(in);
}

Tagger Tagger::load_bytes(std::string data, std::string source) {
  ModelReader in(std::move(data), std::move(source), "tagger");
  return read(in);
}

const std::map<std::string, std::string>& Tagger::header() const { return impl_->header; }

void Tagger::tag(Sentence& s) const {
  if (s.words.empty()) return;
  thread_local Scratch scratch;
  const TaggerModel& m = impl_->model;
  compute_atoms(s, impl_->lexicon, scratch);
  decode(
      scratch.atoms, static_cast<int>(m.tags.size()), scratch,
      [&](const std::uint64_t* f, std::size_t n, float* scores) { m.weights.score(f, n, scores); },
      [](std::size_t, const std::uint64_t*, int, int tag) { return tag; });
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const TagName& t = m.tags[static_cast<std::size_t>(scratch.tags[i])];
    s.words[i].upos = t.upos;
    s.words[i].xpos = t.xpos;
  }
}

}  // namespace kg::nlp
