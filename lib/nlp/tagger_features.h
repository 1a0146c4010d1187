// Feature templates of the POS tagger, shared by Tagger (inference) and the
// trainer so that both see exactly the same features.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "kg/nlp/conllu.h"
#include "kg/nlp/perceptron.h"
#include "word_table.h"

namespace kg::nlp::tagger_detail {

// What the lexicon knows about a frequent training word.
struct LexEntry {
  std::uint64_t ambiguity = 0;  // hash of the set of tags seen with it
  std::int32_t dict_tag = -1;   // the tag, when the word is frequent and unambiguous
};

// Lexicon keys: the exact form, else the lowercase form (a separate key space).
inline std::uint64_t exact_key(std::uint64_t form_hash) { return form_hash; }
inline std::uint64_t lower_key(std::uint64_t lower_hash) { return hash_mix(lower_hash ^ 0x10ULL); }

// Hashes of one word, computed once per token.
struct WordAtoms {
  std::uint64_t lower, form, shape, ambiguity, flags;
  std::uint64_t suffix[5], prefix[3];
  std::int32_t dict_tag;
  std::int32_t cached_row;  // row of precomputed static scores (Tagger only), or -1
};

// Frequent words whose atoms (and, for words not in the tag dictionary, the
// summed scores of their word-only features) the Tagger precomputes at load.
struct WordCache {
  WordTable<std::uint32_t> index;  // hash_text(form) -> entry
  std::vector<WordAtoms> atoms;
};

constexpr int kMaxFeatures = 40;

// Fills atoms for every word of the sentence. `scratch` strings keep their
// capacity between calls, so steady-state tagging does not allocate.
struct Scratch {
  std::string lower, shape;
  std::vector<WordAtoms> atoms;
  std::vector<float> scores;
  std::vector<int> tags;
};
void compute_atoms(const Sentence& s, const WordTable<LexEntry>& lexicon, const WordCache* cache, Scratch& scratch);
void compute_word_atoms(std::string_view form, const WordTable<LexEntry>& lexicon, Scratch& scratch, WordAtoms& a);

// Features of word i given the tags already chosen for words 0..i-1: first
// the *n_static features of the word alone, then those of its context.
int extract(const std::vector<WordAtoms>& atoms, std::size_t i, const int* tags, std::uint64_t* out, int* n_static);
int extract_static(const WordAtoms& w, std::uint64_t* out);

// Greedy left-to-right decoding. Score(i, features, n, n_static, scores) fills the class scores;
// OnDecision(i, features, n, chosen) lets the trainer update; it returns the tag to
// keep in the history (the trainer keeps its own guess).
template <class Score, class OnDecision>
void decode(std::vector<WordAtoms>& atoms, int num_classes, Scratch& scratch, Score&& score, OnDecision&& on_decision) {
  const std::size_t n = atoms.size();
  scratch.tags.assign(n, -1);
  scratch.scores.resize(static_cast<std::size_t>(num_classes));
  std::uint64_t feats[kMaxFeatures];
  for (std::size_t i = 0; i < n; ++i) {
    int tag;
    if (atoms[i].dict_tag >= 0) {
      tag = atoms[i].dict_tag;
    } else {
      int ns = 0;
      int nf = extract(atoms, i, scratch.tags.data(), feats, &ns);
      score(i, feats, static_cast<std::size_t>(nf), static_cast<std::size_t>(ns), scratch.scores.data());
      tag = PerceptronModel::best(scratch.scores.data(), num_classes);
      tag = on_decision(i, feats, nf, tag);
    }
    scratch.tags[i] = tag;
  }
}

}  // namespace kg::nlp::tagger_detail
