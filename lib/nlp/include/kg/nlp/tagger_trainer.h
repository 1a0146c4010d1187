// Training of the POS tagger (kg train tagger).
#pragma once
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "kg/nlp/conllu.h"

namespace kg::nlp {

struct TaggerTrainOptions {
  std::vector<std::filesystem::path> train, dev;
  std::filesystem::path output;
  std::uint64_t seed = 1;
  int epochs = 10;
  std::string command;  // recorded in the model header
};

// Accuracy of predicted against gold tags, in percent.
struct TagScores {
  double upos = 0, xpos = 0, lemma = 0;
  std::size_t words = 0;
};
TagScores score_tags(const std::vector<Sentence>& gold, const std::vector<Sentence>& predicted);

// Trains on the treebanks, keeps the epoch with the best dev UPOS accuracy,
// writes the model and logs progress (one line per epoch) to `log`.
void train_tagger(const TaggerTrainOptions& options, std::ostream& log);

// Reads several CoNLL-U files into one list.
std::vector<Sentence> read_treebanks(const std::vector<std::filesystem::path>& paths);
// "name:words:hash,..." for model headers.
std::string describe_treebanks(const std::vector<std::filesystem::path>& paths);

}  // namespace kg::nlp
