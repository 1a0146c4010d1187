#include "ner_features.h"

#include <algorithm>
#include <unordered_map>

#include "word_features.h"

namespace kg::nlp::ner_detail {
namespace {

enum Template : std::uint32_t {
  kBias = 1, kLower, kForm, kShape, kSuffix3, kPrefix3, kUpos, kXpos, kFlags, kGaz, kLowerM1, kLowerP1, kLowerM2,
  kLowerP2, kFormM1, kFormP1, kShapeM1, kShapeP1, kUposM1, kUposP1, kUposM2, kUposP2, kXposM1, kXposP1, kGazM1,
  kGazP1, kUposTrigram, kPrev, kPrevPrev2, kPrevLower, kPrevUpos, kPrevShape, kPrevGaz, kFormUposP1, kFirst,
  kShapeTrigram, kLowerM1Lower, kLowerLowerP1, kDocClass, kDocType, kDocTypeM1, kDocTypeP1, kDocPrev, kDocFlags,
  kRunFirst, kRunLast, kRunBefore, kRunAfter, kRunPos, kRunBeforeLast, kRunCase, kCase, kCaseM1, kCaseP1, kCasePrev,
  kContextBefore, kContextAfter, kSuffix2, kSuffix4,
};

const std::uint64_t kStart = hash_text("<s>");
const std::uint64_t kEnd = hash_text("</s>");

bool capitalised(const WordAtoms& a) { return (a.flags & (kInitCap | kAllCaps)) != 0; }

// "of", "de", "&" inside a name ("Bank of England"), when a capitalised word follows.
bool run_connector(const Word& w) { return w.form == "of" || w.form == "de" || w.form == "&"; }

void capitalised_runs(const Sentence& s, std::vector<WordAtoms>& atoms) {
  const std::size_t n = atoms.size();
  for (std::size_t i = 0; i < n;) {
    if (!capitalised(atoms[i])) {
      atoms[i].run_first = atoms[i].run_last = atoms[i].run_before = atoms[i].run_after = atoms[i].run_pos = 0;
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    for (;;) {
      if (end < n && capitalised(atoms[end])) ++end;
      else if (end + 1 < n && run_connector(s.words[end]) && capitalised(atoms[end + 1])) end += 2;
      else break;
    }
    const std::uint64_t before = i > 0 ? atoms[i - 1].lower : kStart, after = end < n ? atoms[end].lower : kEnd;
    const std::uint64_t len = std::min<std::size_t>(end - i, 5);
    for (std::size_t k = i; k < end; ++k) {
      WordAtoms& a = atoms[k];
      a.run_first = atoms[i].lower;
      a.run_last = atoms[end - 1].lower;
      a.run_before = before;
      a.run_after = after;
      a.run_pos = len << 8 | std::min<std::size_t>(k - i, 3) << 4 | (k + 1 == end);
    }
    i = end;
  }
}

}  // namespace

void compute_atoms(const Sentence& s, const Gazetteer& gazetteer, const CaseLexicon& lexicon,
                   const std::vector<std::array<std::uint64_t, 2>>* doc, Scratch& scratch) {
  gazetteer.match(s, scratch.gazetteer);
  scratch.atoms.resize(s.words.size());
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    WordAtoms& a = scratch.atoms[i];
    lowercase_into(w.form, scratch.lower);
    std::string_view low = scratch.lower;
    a.lower = hash_text(low);
    a.case_code = lexicon.code(low);
    a.form = hash_text(w.form);
    word_shape_into(w.form, scratch.shape);
    a.shape = hash_text(scratch.shape);
    a.suffix3 = hash_text(low.substr(utf8_suffix_start(low, 3)));
    a.prefix3 = hash_text(low.substr(0, utf8_prefix_len(low, 3)));
    a.upos = hash_text(w.upos);
    a.xpos = hash_text(w.xpos);
    a.flags = word_flags(w.form);
    const GazetteerMatch& g = scratch.gazetteer[i];
    // Titles are in the gazetteer for cut_titles only: as features they did
    // not help (GUM dev, seeds 1-4; README).
    const std::uint8_t types = g.types & ~kGazTitle;
    a.gazetteer = static_cast<std::uint64_t>(types) << 8 | (types ? g.position : 0);
    a.suffix2 = hash_text(low.substr(utf8_suffix_start(low, 2)));
    a.suffix4 = hash_text(low.substr(utf8_suffix_start(low, 4)));
    a.doc_class = doc && i < doc->size() ? (*doc)[i][0] : 0;
    a.doc_type = doc && i < doc->size() ? (*doc)[i][1] : 0;
    a.context = scratch.context && i < scratch.context->size() ? (*scratch.context)[i] : ContextRow{};
  }
  capitalised_runs(s, scratch.atoms);
}

int extract(const std::vector<WordAtoms>& atoms, std::size_t i, const int* labels, bool with_doc, std::uint64_t* out) {
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
  if (w.run_pos) {
    out[k++] = feature_hash(kRunFirst, w.run_first, w.run_pos);
    out[k++] = feature_hash(kRunLast, w.run_last, w.run_pos);
    out[k++] = feature_hash(kRunBefore, w.run_before);
    out[k++] = feature_hash(kRunAfter, w.run_after);
    out[k++] = feature_hash(kRunPos, w.run_pos, w.lower);
    out[k++] = feature_hash(kRunBeforeLast, w.run_before, w.run_last);
    out[k++] = feature_hash(kRunCase, w.run_pos, w.case_code);
  }
  out[k++] = feature_hash(kCase, w.case_code, w.flags & kInitCap);
  out[k++] = feature_hash(kCaseM1, m1 ? m1->case_code : kStart, m1 ? m1->flags & kInitCap : 0);
  out[k++] = feature_hash(kCaseP1, p1 ? p1->case_code : kEnd, p1 ? p1->flags & kInitCap : 0);
  out[k++] = feature_hash(kCasePrev, l1, w.case_code, w.flags & kInitCap);
  out[k++] = feature_hash(kSuffix2, w.suffix2);
  out[k++] = feature_hash(kSuffix4, w.suffix4);
  for (std::size_t j = 0; j < kContextWords; ++j) {
    if (w.context[j]) out[k++] = feature_hash(kContextBefore, w.context[j]);
    if (w.context[kContextWords + j]) out[k++] = feature_hash(kContextAfter, w.context[kContextWords + j]);
  }
  if (with_doc) {
    out[k++] = feature_hash(kDocClass, w.doc_class);
    out[k++] = feature_hash(kDocType, w.doc_type);
    out[k++] = feature_hash(kDocTypeM1, m1 ? m1->doc_type : kStart);
    out[k++] = feature_hash(kDocTypeP1, p1 ? p1->doc_type : kEnd);
    out[k++] = feature_hash(kDocPrev, l1, w.doc_type);
    out[k++] = feature_hash(kDocFlags, w.doc_class, w.flags);
  }
  return k;
}

namespace {

// The atom of a count vector (others' first-pass classes of one form): none
// seen, never in a mention, or the most frequent non-O class (or type) with
// its share of the occurrences in thirds.
std::array<std::uint64_t, 2> evidence_atoms(const int* counts, int num_classes) {
  int total = 0, best = 0;
  for (int c = 0; c < num_classes; ++c) total += counts[c];
  if (total == 0) return {1, 1};
  for (int c = 1; c < num_classes; ++c)
    if (best == 0 || counts[c] > counts[best]) best = c;
  if (counts[best] == 0) return {2, 2};
  auto share = [&](int k) -> std::uint64_t { return k * 3 >= total * 2 ? 2 : k * 3 >= total ? 1 : 0; };
  const int types = (num_classes - 1) / 4;
  int best_type = 0, best_type_count = -1;
  for (int t = 0; t < types; ++t) {
    const int k = counts[1 + 4 * t] + counts[2 + 4 * t] + counts[3 + 4 * t] + counts[4 + 4 * t];
    if (k > best_type_count) best_type = t, best_type_count = k;
  }
  return {static_cast<std::uint64_t>(best) << 8 | share(counts[best]) << 4 | 3,
          static_cast<std::uint64_t>(best_type) << 8 | share(best_type_count) << 4 | 4};
}

}  // namespace

void document_atoms(const Sentence* sentences, std::size_t count, const std::vector<std::vector<int>>& labels,
                    int num_classes, DocumentAtoms& out) {
  // Counts per form over the whole document; a sentence's own words are
  // subtracted when its atoms are made, so only the other sentences speak.
  const std::size_t nc = static_cast<std::size_t>(num_classes);
  std::unordered_map<std::uint64_t, std::size_t> row_of;
  std::vector<int> counts;
  std::vector<std::vector<std::size_t>> rows(count);
  for (std::size_t k = 0; k < count; ++k) {
    const Sentence& s = sentences[k];
    rows[k].resize(s.words.size());
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      auto [it, fresh] = row_of.try_emplace(hash_text(s.words[i].form), counts.size());
      if (fresh) counts.resize(counts.size() + nc, 0);
      rows[k][i] = it->second;
      counts[it->second + static_cast<std::size_t>(labels[k][i])] += 1;
    }
  }
  out.assign(count, {});
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t n = rows[k].size();
    for (std::size_t i = 0; i < n; ++i) counts[rows[k][i] + static_cast<std::size_t>(labels[k][i])] -= 1;
    out[k].resize(n);
    for (std::size_t i = 0; i < n; ++i) out[k][i] = evidence_atoms(&counts[rows[k][i]], num_classes);
    for (std::size_t i = 0; i < n; ++i) counts[rows[k][i] + static_cast<std::size_t>(labels[k][i])] += 1;
  }
}

void decode_with(const PerceptronModel& weights, const Gazetteer& gazetteer, const CaseLexicon& lexicon,
                 const Sentence& s, const std::vector<std::array<std::uint64_t, 2>>* doc, Scratch& scratch) {
  compute_atoms(s, gazetteer, lexicon, doc, scratch);
  decode(
      scratch, weights.num_classes(), doc != nullptr,
      [&](const std::uint64_t* f, std::size_t n, float* scores) { weights.score(f, n, scores); },
      [](std::size_t, const std::uint64_t*, int, int guess) { return guess; });
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
