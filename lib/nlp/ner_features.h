// Features and constrained greedy BILOU decoding of the entity recogniser,
// shared by EntityRecognizer and its trainer.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "case_lexicon.h"
#include "gazetteer.h"
#include "ner_context.h"
#include "kg/nlp/conllu.h"
#include "kg/nlp/perceptron.h"

namespace kg::nlp::ner_detail {

// Classes: 0 = O; type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
inline int label_prefix(int c) { return c == 0 ? 0 : 1 + (c - 1) % 4; }  // 0 O, 1 B, 2 I, 3 L, 4 U
inline int label_type(int c) { return c == 0 ? -1 : (c - 1) / 4; }

struct WordAtoms {
  std::uint64_t lower, form, shape, suffix2, suffix3, suffix4, prefix3, upos, xpos, flags, gazetteer;
  // The run of capitalised words around this one ("World Health
  // Organisation", "South Korean President Moon Jae"): its first and last
  // words, the words just outside it, and length x position; 0 outside a run.
  std::uint64_t run_first, run_last, run_before, run_after, run_pos;
  std::uint64_t case_code;  // CaseLexicon code of the lowercase form
  // Document evidence for the second pass (see DocumentAtoms): what the first
  // pass said about the same form in the document's other sentences.
  std::uint64_t doc_class, doc_type;
  ContextRow context;  // context aggregation (ner_context.h); zeros without it
};

constexpr int kMaxFeatures = 96;  // extract() writes at most 57 + 4 kContextWords

// Per sentence of a document, per word: {doc_class, doc_type} atoms.
using DocumentAtoms = std::vector<std::vector<std::array<std::uint64_t, 2>>>;

// Two-stage recognition (Krishnan & Manning 2006): the first pass tags each
// sentence alone; the second sees, for every word, the first-pass labels of
// the same form in the other sentences of the document, so "Moon" after
// "President" is a person because "Moon Jae-in" was one two sentences ago.
// labels[k] are the first-pass classes of sentence k. Deterministic.
void document_atoms(const Sentence* sentences, std::size_t count, const std::vector<std::vector<int>>& labels,
                    int num_classes, DocumentAtoms& out);

struct Scratch {
  std::string lower, shape;
  std::vector<WordAtoms> atoms;
  std::vector<GazetteerMatch> gazetteer;
  std::vector<float> scores;
  std::vector<int> labels;
  // The sentence's context aggregation rows (ner_context.h), set by the
  // caller before compute_atoms; null: a model without context features.
  const std::vector<ContextRow>* context = nullptr;
};

// Sets the atoms of every word; doc (may be null: first pass) supplies the document atoms.
void compute_atoms(const Sentence& s, const Gazetteer& gazetteer, const CaseLexicon& lexicon,
                   const std::vector<std::array<std::uint64_t, 2>>* doc, Scratch& scratch);
// with_doc: the second pass's features (document atoms) are added.
int extract(const std::vector<WordAtoms>& atoms, std::size_t i, const int* labels, bool with_doc, std::uint64_t* out);

// Which classes may follow prev (-1 at the start) at position i of n.
void allowed_after(int prev, bool last, int num_classes, bool* allowed);

template <class Score, class OnDecision>
void decode(Scratch& scratch, int num_classes, bool with_doc, Score&& score, OnDecision&& on_decision) {
  const std::size_t n = scratch.atoms.size();
  scratch.labels.assign(n, 0);
  scratch.scores.resize(static_cast<std::size_t>(num_classes));
  bool allowed[256];
  std::uint64_t feats[kMaxFeatures];
  int prev = -1;
  for (std::size_t i = 0; i < n; ++i) {
    int nf = extract(scratch.atoms, i, scratch.labels.data(), with_doc, feats);
    score(feats, static_cast<std::size_t>(nf), scratch.scores.data());
    allowed_after(prev, i + 1 == n, num_classes, allowed);
    int guess = PerceptronModel::best(scratch.scores.data(), num_classes, allowed);
    guess = on_decision(i, feats, nf, guess);
    scratch.labels[i] = guess;
    prev = guess;
  }
}

// One pass over a sentence with the given weights; the classes end in scratch.labels.
void decode_with(const PerceptronModel& weights, const Gazetteer& gazetteer, const CaseLexicon& lexicon,
                 const Sentence& s, const std::vector<std::array<std::uint64_t, 2>>* doc, Scratch& scratch);

}  // namespace kg::nlp::ner_detail
