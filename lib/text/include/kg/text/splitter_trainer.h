// Training the sentence-boundary model on UD treebanks (averaged perceptron).
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "kg/text/splitter.h"

namespace kg::text {

struct SplitterTrainOptions {
  std::vector<std::filesystem::path> train;  // CoNLL-U files
  std::filesystem::path dev;                 // CoNLL-U file that picks the epoch (optional)
  int epochs = 10;
  std::uint64_t seed = 1;  // document order per epoch, for reproducibility
  unsigned hash_bits = 18;
};

struct SplitterTrainResult {
  SentenceSplitter model;
  std::map<std::string, std::string> header;  // seed, epochs, data, dev score: stored in the model file
};

// Trains on the raw text rebuilt from the treebanks, tokenized by our own
// tokenizer, so the model sees at training time exactly what it sees in use.
// `log` receives one line per epoch.
SplitterTrainResult train_splitter(const SplitterTrainOptions& options,
                                   const std::function<void(const std::string&)>& log);

}  // namespace kg::text
