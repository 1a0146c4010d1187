#include "ner_features.h"

#include "word_features.h"

namespace kg::nlp::ner_detail {
namespace {

enum Template : std::uint32_t {
  kBias = 1, kLower, kForm, kShape, kSuffix3, kPrefix3, kUpos, kXpos, kFlags, kGaz, kLowerM1, kLowerP1, kLowerM2,
  kLowerP2, kFormM1, kFormP1, kShapeM1, kShapeP1, kUposM1, kUposP1, kUposM2, kUposP2, kXposM1, kXposP1, kGazM1,
  kGazP1, kUposTrigram, kPrev, kPrevPrev2, kPrevLower, kPrevUpos, kPrevShape, kPrevGaz, kFormUposP1, kFirst,
  kShapeTrigram, kLowerM1Lower, kLowerLowerP1,
};

const std::uint64_t kStart = hash_text("<s>");
const std::uint64_t kEnd = hash_text("</s>");

}  // namespace

void compute_atoms(const Sentence& s, const Gazetteer& gazetteer, Scratch& scratch) {
  gazetteer.match(s, scratch.gazetteer);
  scratch.atoms.resize(s.words.size());
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    WordAtoms& a = scratch.atoms[i];
    lowercase_into(w.form, scratch.lower);
    std::string_view low = scratch.lower;
    a.lower = hash_text(low);
    a.form = hash_text(w.form);
    word_shape_into(w.form, scratch.shape);
    a.shape = hash_text(scratch.shape);
    a.suffix3 = hash_text(low.substr(utf8_suffix_start(low, 3)));
    a.prefix3 = hash_text(low.substr(0, utf8_prefix_len(low, 3)));
    a.upos = hash_text(w.upos);
    a.xpos = hash_text(w.xpos);
    a.flags = word_flags(w.form);
    const GazetteerMatch& g = scratch.gazetteer[i];
    a.gazetteer = static_cast<std::uint64_t>(g.types) << 8 | g.position;
  }
}

int extract(const std::vector<WordAtoms>& atoms, std::size_t i, const int* labels, std::uint64_t* out) {
  const std::size_t n = atoms.size();
  const WordAtoms& w = atoms[i];
  const WordAtoms* m1 = i >= 1 ? &atoms[i - 1] : nullptr;
  const WordAtoms* m2 = i >= 2 ? &atoms[i - 2] : nullptr;
  const WordAtoms* p1 = i + 1 < n ? &atoms[i + 1] : nullptr;
  const WordAtoms* p2 = i + 2 < n ? &atoms[i + 2] : nullptr;
  const std::uint64_t l1 = i >= 1 ? static_cast<std::uint64_t>(labels[i - 1]) : 999;
  const std::uint64_t l2 = i >= 2 ? static_cast<std::uint64_t>(labels[i - 2]) : 999;
  const std::uint64_t upm1 = m1 ? m1->upos : kStart, upp1 = p1 ? p1->upos : kEnd;
  const std::uint64_t lm1 = m1 ? m1->lower : kStart, lp1 = p1 ? p1->lower : kEnd;
  const std::uint64_t shm1 = m1 ? m1->shape : kStart, shp1 = p1 ? p1->shape : kEnd;
  int k = 0;
  out[k++] = feature_hash(kBias, 0);
  out[k++] = feature_hash(kLower, w.lower);
  out[k++] = feature_hash(kForm, w.form);
  out[k++] = feature_hash(kShape, w.shape);
  out[k++] = feature_hash(kSuffix3, w.suffix3);
  out[k++] = feature_hash(kPrefix3, w.prefix3);
  out[k++] = feature_hash(kUpos, w.upos);
  out[k++] = feature_hash(kXpos, w.xpos);
  out[k++] = feature_hash(kFlags, w.flags);
  out[k++] = feature_hash(kGaz, w.gazetteer);
  out[k++] = feature_hash(kLowerM1, lm1);
  out[k++] = feature_hash(kLowerP1, lp1);
  out[k++] = feature_hash(kLowerM2, m2 ? m2->lower : kStart);
  out[k++] = feature_hash(kLowerP2, p2 ? p2->lower : kEnd);
  out[k++] = feature_hash(kFormM1, m1 ? m1->form : kStart);
  out[k++] = feature_hash(kFormP1, p1 ? p1->form : kEnd);
  out[k++] = feature_hash(kShapeM1, shm1);
  out[k++] = feature_hash(kShapeP1, shp1);
  out[k++] = feature_hash(kUposM1, upm1);
  out[k++] = feature_hash(kUposP1, upp1);
  out[k++] = feature_hash(kUposM2, m2 ? m2->upos : kStart);
  out[k++] = feature_hash(kUposP2, p2 ? p2->upos : kEnd);
  out[k++] = feature_hash(kXposM1, m1 ? m1->xpos : kStart);
  out[k++] = feature_hash(kXposP1, p1 ? p1->xpos : kEnd);
  out[k++] = feature_hash(kGazM1, m1 ? m1->gazetteer : kStart);
  out[k++] = feature_hash(kGazP1, p1 ? p1->gazetteer : kEnd);
  out[k++] = feature_hash(kUposTrigram, upm1, w.upos, upp1);
  out[k++] = feature_hash(kShapeTrigram, shm1, w.shape, shp1);
  out[k++] = feature_hash(kPrev, l1);
  out[k++] = feature_hash(kPrevPrev2, l1, l2);
  out[k++] = feature_hash(kPrevLower, l1, w.lower);
  out[k++] = feature_hash(kPrevUpos, l1, w.upos);
  out[k++] = feature_hash(kPrevShape, l1, w.shape);
  out[k++] = feature_hash(kPrevGaz, l1, w.gazetteer);
  out[k++] = feature_hash(kFormUposP1, w.form, upp1);
  out[k++] = feature_hash(kFirst, i == 0, w.flags);
  out[k++] = feature_hash(kLowerM1Lower, lm1, w.lower);
  out[k++] = feature_hash(kLowerLowerP1, w.lower, lp1);
  return k;
}

void allowed_after(int prev, bool last, int num_classes, bool* allowed) {
  const bool open = prev > 0 && (label_prefix(prev) == 1 || label_prefix(prev) == 2);
  for (int c = 0; c < num_classes; ++c) {
    const int p = label_prefix(c);
    bool ok;
    if (open) ok = label_type(c) == label_type(prev) && (p == 2 || p == 3);
    else ok = p == 0 || p == 1 || p == 4;
    if (last && (p == 1 || p == 2)) ok = false;
    allowed[c] = ok;
  }
}

}  // namespace kg::nlp::ner_detail
