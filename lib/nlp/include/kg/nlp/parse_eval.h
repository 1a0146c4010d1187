// Scores of predicted against gold annotation, as the CoNLL 2018 shared task
// counts them: UPOS, XPOS, lemma, UAS, and LAS on the universal part of the
// relation (subtypes ignored); `las_full` also requires the subtype.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "kg/nlp/conllu.h"

namespace kg::nlp {

struct ParseScores {
  // Denominators: gold words, predicted words, aligned words.
  std::uint64_t gold = 0, predicted = 0, aligned = 0;
  std::uint64_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;

  // F1 over gold and predicted words (equal to accuracy on gold tokenization), in percent.
  double f1(std::uint64_t correct) const;
  std::string summary() const;  // "upos=… xpos=… lemma=… uas=… las=…"
};

// Gold tokenization: pred has the same words as gold.
void score_same_words(const Sentence& gold, const Sentence& pred, ParseScores& scores);

// End-to-end: words aligned by character offsets over the concatenated
// non-space characters of both sides (CoNLL 2018 alignment: a word matches
// when its span is identical; heads match when the heads are aligned).
ParseScores score_aligned(const std::vector<Sentence>& gold, const std::vector<Sentence>& pred);

}  // namespace kg::nlp
