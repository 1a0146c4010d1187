#include "tagger_features.h"

#include "word_features.h"

namespace kg::nlp::tagger_detail {
namespace {

enum Template : std::uint32_t {
  kBias = 1, kLower, kForm, kSuffix1, kSuffix2, kSuffix3, kSuffix4, kSuffix5, kPrefix1, kPrefix2, kPrefix3,
  kShape, kFlags, kPrev, kPrev2, kPrevPrev2, kPrevLower, kLowerM1, kLowerM2, kLowerP1, kLowerP2, kSuffix3M1,
  kSuffix3P1, kShapeP1, kShapeM1, kAmbP1, kAmbP2, kAmb, kLowerLowerP1, kLowerM1Lower, kPrevAmb, kPrevSuffix3,
  kAmbP1Lower, kPrevAmbP1, kFlagsFirst, kAmbM1Amb, kPrevLowerP1, kLowerM1LowerP1, kSuffix2Amb,
};

constexpr std::uint64_t kUnknownAmbiguity = 0x5bd1e995ULL;
const std::uint64_t kStartWord = hash_text("<s>");
const std::uint64_t kEndWord = hash_text("</s>");
constexpr std::uint64_t kNoTag = 0xFFFFFFFFULL;

}  // namespace

void compute_atoms(const Sentence& s, const WordTable<LexEntry>& lexicon, const WordCache* cache, Scratch& scratch) {
  scratch.atoms.resize(s.words.size());
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const std::string& form = s.words[i].form;
    if (cache)
      if (const std::uint32_t* e = cache->index.find(hash_text(form))) {
        scratch.atoms[i] = cache->atoms[*e];
        continue;
      }
    compute_word_atoms(form, lexicon, scratch, scratch.atoms[i]);
  }
}

void compute_word_atoms(std::string_view form, const WordTable<LexEntry>& lexicon, Scratch& scratch, WordAtoms& a) {
  {
    lowercase_into(form, scratch.lower);
    std::string_view low = scratch.lower;
    a.lower = hash_text(low);
    a.form = hash_text(form);
    word_shape_into(form, scratch.shape);
    a.shape = hash_text(scratch.shape);
    a.flags = word_flags(form);
    for (int k = 0; k < 5; ++k) a.suffix[k] = hash_text(low.substr(utf8_suffix_start(low, k + 1)));
    for (int k = 0; k < 3; ++k) a.prefix[k] = hash_text(low.substr(0, utf8_prefix_len(low, k + 1)));
    const LexEntry* e = lexicon.find(exact_key(a.form));
    if (!e) e = lexicon.find(lower_key(a.lower));
    a.ambiguity = e ? e->ambiguity : kUnknownAmbiguity;
    a.dict_tag = e ? e->dict_tag : -1;
    a.cached_row = -1;
  }
}

int extract_static(const WordAtoms& w, std::uint64_t* out) {
  int k = 0;
  out[k++] = feature_hash(kBias, 0);
  out[k++] = feature_hash(kLower, w.lower);
  if (w.form != w.lower) out[k++] = feature_hash(kForm, w.form);
  out[k++] = feature_hash(kSuffix1, w.suffix[0]);
  out[k++] = feature_hash(kSuffix2, w.suffix[1]);
  out[k++] = feature_hash(kSuffix3, w.suffix[2]);
  out[k++] = feature_hash(kSuffix4, w.suffix[3]);
  out[k++] = feature_hash(kSuffix5, w.suffix[4]);
  out[k++] = feature_hash(kPrefix1, w.prefix[0]);
  out[k++] = feature_hash(kPrefix2, w.prefix[1]);
  out[k++] = feature_hash(kPrefix3, w.prefix[2]);
  out[k++] = feature_hash(kShape, w.shape);
  out[k++] = feature_hash(kFlags, w.flags);
  out[k++] = feature_hash(kAmb, w.ambiguity);
  return k;
}

int extract(const std::vector<WordAtoms>& atoms, std::size_t i, const int* tags, std::uint64_t* out, int* n_static) {
  const WordAtoms& w = atoms[i];
  const std::size_t n = atoms.size();
  const WordAtoms* m1 = i >= 1 ? &atoms[i - 1] : nullptr;
  const WordAtoms* m2 = i >= 2 ? &atoms[i - 2] : nullptr;
  const WordAtoms* p1 = i + 1 < n ? &atoms[i + 1] : nullptr;
  const WordAtoms* p2 = i + 2 < n ? &atoms[i + 2] : nullptr;
  const std::uint64_t t1 = i >= 1 ? static_cast<std::uint64_t>(tags[i - 1]) : kNoTag;
  const std::uint64_t t2 = i >= 2 ? static_cast<std::uint64_t>(tags[i - 2]) : kNoTag;
  const std::uint64_t lm1 = m1 ? m1->lower : kStartWord, lm2 = m2 ? m2->lower : kStartWord;
  const std::uint64_t lp1 = p1 ? p1->lower : kEndWord, lp2 = p2 ? p2->lower : kEndWord;
  const std::uint64_t ap1 = p1 ? p1->ambiguity : kEndWord, ap2 = p2 ? p2->ambiguity : kEndWord;
  const std::uint64_t am1 = m1 ? m1->ambiguity : kStartWord;
  // A word with precomputed static scores needs only its context features.
  int k = w.cached_row >= 0 ? 0 : extract_static(w, out);
  *n_static = k;
  out[k++] = feature_hash(kFlagsFirst, w.flags, i == 0);
  out[k++] = feature_hash(kPrev, t1);
  out[k++] = feature_hash(kPrev2, t2);
  out[k++] = feature_hash(kPrevPrev2, t1, t2);
  out[k++] = feature_hash(kPrevLower, t1, w.lower);
  out[k++] = feature_hash(kLowerM1, lm1);
  out[k++] = feature_hash(kLowerM2, lm2);
  out[k++] = feature_hash(kLowerP1, lp1);
  out[k++] = feature_hash(kLowerP2, lp2);
  out[k++] = feature_hash(kSuffix3M1, m1 ? m1->suffix[2] : kStartWord);
  out[k++] = feature_hash(kSuffix3P1, p1 ? p1->suffix[2] : kEndWord);
  out[k++] = feature_hash(kShapeP1, p1 ? p1->shape : kEndWord);
  out[k++] = feature_hash(kShapeM1, m1 ? m1->shape : kStartWord);
  out[k++] = feature_hash(kAmbP1, ap1);
  out[k++] = feature_hash(kAmbP2, ap2);
  out[k++] = feature_hash(kLowerLowerP1, w.lower, lp1);
  out[k++] = feature_hash(kLowerM1Lower, lm1, w.lower);
  out[k++] = feature_hash(kPrevAmb, t1, w.ambiguity);
  out[k++] = feature_hash(kPrevSuffix3, t1, w.suffix[2]);
  out[k++] = feature_hash(kAmbP1Lower, ap1, w.lower);
  out[k++] = feature_hash(kPrevAmbP1, t1, ap1);
  out[k++] = feature_hash(kAmbM1Amb, am1, w.ambiguity);
  out[k++] = feature_hash(kPrevLowerP1, t1, lp1);
  out[k++] = feature_hash(kLowerM1LowerP1, lm1, lp1);
  out[k++] = feature_hash(kSuffix2Amb, w.suffix[1], w.ambiguity, w.flags);
  return k;
}

}  // namespace kg::nlp::tagger_detail
