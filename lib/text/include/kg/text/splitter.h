// Sentence boundaries over a token stream: hard rules (a blank line ends a
// sentence) plus a learned model (averaged perceptron over hashed features of
// the tokens around each candidate boundary) for everything else:
// abbreviations, initials, quotes and brackets after the stop, headlines and
// lines without final punctuation.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kg/text/document.h"

namespace kg::text {

class SentenceSplitter {
 public:
  // Reads a model written by save(); throws kg::Error naming the file.
  static SentenceSplitter load(const std::filesystem::path& path);
  // models/splitter.kgm in $KG_MODELS, or else in the source tree's models/.
  static std::filesystem::path default_path();
  // The model at default_path(), loaded once; throws kg::Error when it is
  // missing ("run 'kg train splitter' or pass --models DIR").
  static const SentenceSplitter& default_splitter();

  SentenceSplitter(unsigned hash_bits, std::vector<float> weights);

  // The sentences of `tokens` (from the tokenizer, over `text`).
  std::vector<Sentence> split(std::string_view text, const std::vector<Token>& tokens) const;

  void save(const std::filesystem::path& path, const std::map<std::string, std::string>& header) const;

  unsigned hash_bits() const { return bits_; }
  const std::vector<float>& weights() const { return weights_; }

 private:
  unsigned bits_;
  std::vector<float> weights_;
};

}  // namespace kg::text
