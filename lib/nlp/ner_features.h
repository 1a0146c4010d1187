// Features and constrained greedy BILOU decoding of the entity recogniser,
// shared by EntityRecognizer and its trainer.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "gazetteer.h"
#include "kg/nlp/conllu.h"
#include "kg/nlp/perceptron.h"

namespace kg::nlp::ner_detail {

// Classes: 0 = O; type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
inline int label_prefix(int c) { return c == 0 ? 0 : 1 + (c - 1) % 4; }  // 0 O, 1 B, 2 I, 3 L, 4 U
inline int label_type(int c) { return c == 0 ? -1 : (c - 1) / 4; }

struct WordAtoms {
  std::uint64_t lower, form, shape, suffix3, prefix3, upos, xpos, flags, gazetteer;
};

constexpr int kMaxFeatures = 48;

struct Scratch {
  std::string lower, shape;
  std::vector<WordAtoms> atoms;
  std::vector<GazetteerMatch> gazetteer;
  std::vector<float> scores;
  std::vector<int> labels;
};

void compute_atoms(const Sentence& s, const Gazetteer& gazetteer, Scratch& scratch);
int extract(const std::vector<WordAtoms>& atoms, std::size_t i, const int* labels, std::uint64_t* out);

// Which classes may follow prev (-1 at the start) at position i of n.
void allowed_after(int prev, bool last, int num_classes, bool* allowed);

template <class Score, class OnDecision>
void decode(Scratch& scratch, int num_classes, Score&& score, OnDecision&& on_decision) {
  const std::size_t n = scratch.atoms.size();
  scratch.labels.assign(n, 0);
  scratch.scores.resize(static_cast<std::size_t>(num_classes));
  bool allowed[256];
  std::uint64_t feats[kMaxFeatures];
  int prev = -1;
  for (std::size_t i = 0; i < n; ++i) {
    int nf = extract(scratch.atoms, i, scratch.labels.data(), feats);
    score(feats, static_cast<std::size_t>(nf), scratch.scores.data());
    allowed_after(prev, i + 1 == n, num_classes, allowed);
    int guess = PerceptronModel::best(scratch.scores.data(), num_classes, allowed);
    guess = on_decision(i, feats, nf, guess);
    scratch.labels[i] = guess;
    prev = guess;
  }
}

}  // namespace kg::nlp::ner_detail
