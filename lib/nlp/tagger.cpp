#include "kg/nlp/tagger.h"

#include <algorithm>

#include "kg/base/error.h"
#include "tagger_model.h"

namespace kg::nlp {

using namespace tagger_detail;

struct Tagger::Impl {
  std::map<std::string, std::string> header;
  TaggerModel model;
  WordTable<LexEntry> lexicon;
  WordCache cache;
  std::vector<float> cached_scores;  // num_tags floats per cached row
  // Dense rows of the previous-tag and tag-before features, index t + 1
  // (0 = no tag): these rows touch every class, so a flat array beats the table.
  std::vector<float> prev_scores, prev2_scores;
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
  out.u32(static_cast<std::uint32_t>(m.vocabulary.size()));
  for (const auto& w : m.vocabulary) out.str(w);
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
  std::uint32_t nvocab = in.u32("vocabulary size");
  if (nvocab > (1u << 20)) in.fail("vocabulary size", "vocabulary too large");
  m.vocabulary.resize(nvocab);
  for (auto& w : m.vocabulary) w = in.str("vocabulary word");
  m.weights = PerceptronModel::load(in);
  if (m.weights.num_classes() != static_cast<int>(ntags)) in.fail("perceptron classes", "differs from the tag count");
  in.expect_end();
  impl->lexicon = WordTable<LexEntry>(items);
  // Precompute atoms and word-only scores of the frequent words: most tokens
  // then cost one cache probe plus their context features.
  Scratch scratch;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> cache_items;
  std::uint64_t feats[kMaxFeatures];
  for (const std::string& w : m.vocabulary) {
    WordAtoms a;
    compute_word_atoms(w, impl->lexicon, scratch, a);
    if (a.dict_tag < 0) {
      a.cached_row = static_cast<std::int32_t>(impl->cached_scores.size() / ntags);
      impl->cached_scores.resize(impl->cached_scores.size() + ntags, 0.0f);
      int n = extract_static(a, feats);
      float* row = &impl->cached_scores[static_cast<std::size_t>(a.cached_row) * ntags];
      for (int k = 0; k < n; ++k) m.weights.add(feats[k], row);
    }
    cache_items.emplace_back(hash_text(w), static_cast<std::uint32_t>(impl->cache.atoms.size()));
    impl->cache.atoms.push_back(a);
  }
  impl->cache.index = WordTable<std::uint32_t>(cache_items);
  impl->prev_scores.assign((ntags + 1) * ntags, 0.0f);
  impl->prev2_scores.assign((ntags + 1) * ntags, 0.0f);
  for (int t = -1; t < static_cast<int>(ntags); ++t) {
    m.weights.add(prev_tag_feature(t), &impl->prev_scores[static_cast<std::size_t>(t + 1) * ntags]);
    m.weights.add(prev2_tag_feature(t), &impl->prev2_scores[static_cast<std::size_t>(t + 1) * ntags]);
  }
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
  compute_atoms(s, impl_->lexicon, &impl_->cache, scratch);
  const std::size_t ntags = m.tags.size();
  decode(
      scratch.atoms, static_cast<int>(ntags), scratch,
      [&](std::size_t i, const std::uint64_t* f, std::size_t n, std::size_t, float* scores) {
        const std::int32_t row = scratch.atoms[i].cached_row;
        if (row < 0) {
          m.weights.score(f, n, scores);
        } else {
          const float* cached = &impl_->cached_scores[static_cast<std::size_t>(row) * ntags];
          std::copy(cached, cached + ntags, scores);
          m.weights.add_all(f, n, scores);
        }
        const std::size_t t1 = i >= 1 ? static_cast<std::size_t>(scratch.tags[i - 1] + 1) : 0;
        const std::size_t t2 = i >= 2 ? static_cast<std::size_t>(scratch.tags[i - 2] + 1) : 0;
        const float* p1 = &impl_->prev_scores[t1 * ntags];
        const float* p2 = &impl_->prev2_scores[t2 * ntags];
        for (std::size_t c = 0; c < ntags; ++c) scores[c] += p1[c] + p2[c];
      },
      [](std::size_t, const std::uint64_t*, int, int tag) { return tag; }, /*skip_prev_tags=*/true);
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const TagName& t = m.tags[static_cast<std::size_t>(scratch.tags[i])];
    s.words[i].upos = t.upos;
    s.words[i].xpos = t.xpos;
  }
}

}  // namespace kg::nlp
