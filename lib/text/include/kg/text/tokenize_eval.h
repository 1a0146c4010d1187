// Scores the tokenizer and sentence splitter against a UD treebank, as the
// CoNLL 2018 shared task does: run on the raw text rebuilt from `# text`
// lines (see ud_gold.h), align by character spans, and count tokens, words
// and sentences whose spans match exactly.
#pragma once
#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>

#include "kg/text/tokenizer.h"

namespace kg::text {

struct Score {
  std::size_t gold = 0, system = 0, correct = 0;
  double precision() const { return system ? 100.0 * static_cast<double>(correct) / static_cast<double>(system) : 0; }
  double recall() const { return gold ? 100.0 * static_cast<double>(correct) / static_cast<double>(gold) : 0; }
  double f1() const {
    return gold + system ? 200.0 * static_cast<double>(correct) / static_cast<double>(gold + system) : 0;
  }
};

struct TokenizeScores {
  Score tokens, words, sentences;
  std::size_t documents = 0;
};

// Boilerplate removal is off (treebank text is all prose); the splitter is
// options.splitter or the default model.
// With `errors`, writes every token and sentence mismatch there (gold vs ours, in context).
TokenizeScores evaluate_tokenizer(const std::filesystem::path& gold_conllu, const TokenizeOptions& options,
                                  std::ostream* errors = nullptr);

// The report `kg eval-tokenize` prints; the last line is
// "tokenize: tokens_f1=… words_f1=… sentences_f1=…".
std::string format_scores(const TokenizeScores& s);

}  // namespace kg::text
