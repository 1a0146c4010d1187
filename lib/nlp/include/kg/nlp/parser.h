// Labelled dependency parser: greedy arc-hybrid transitions scored by an
// averaged perceptron, trained with a dynamic oracle, pseudo-projective for
// non-projective trees (see arc_hybrid.h, projectivize.h, parser_trainer.h).
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kg/nlp/arc_hybrid.h"
#include "kg/nlp/conllu.h"

namespace kg::nlp {

namespace parser_detail {
struct ParserModel;
}

class Parser {
 public:
  // Throws kg::Error naming the file (and field and byte offset) when the
  // model is missing, truncated, of another kind or version, or corrupt.
  static Parser load(const std::filesystem::path& path);
  explicit Parser(std::shared_ptr<const parser_detail::ParserModel> model);

  // Fills Word::head and Word::deprel of every word from form and xpos/upos.
  // Always a tree: each word has one head, exactly one word hangs from the
  // root (deprel "root"), labels are UD relations. Thread-safe; the scratch
  // space is per thread and reused, so a warm parser allocates nothing.
  void parse(Sentence& sentence) const;

  // The same model decoding with a beam of `width` parses instead of
  // greedily (width 1): each step keeps the `width` partial parses with the
  // highest sum of log softmax(temperature * action score). The model is
  // trained greedily; the temperature (default: the model header's
  // "beam_temperature", else kDefaultBeamTemperature, chosen on EWT dev)
  // calibrates its scores. Slower by about the width.
  Parser with_beam(int width, double temperature = 0) const;
  int beam() const { return beam_; }

  const std::map<std::string, std::string>& header() const;
  // The model without the weights of magnitude below `min_weight`, serialized
  // (smaller and faster; accuracy drops once the threshold gets large).
  std::string pruned_model(float min_weight) const;
  const std::vector<std::string>& labels() const;  // including lifted ("x||y") labels

 private:
  void parse_beam(Sentence& sentence) const;
  // Writes the heads and labels of a finished state into the sentence.
  void finish(const ArcHybridState& state, Sentence& sentence) const;
  std::shared_ptr<const parser_detail::ParserModel> model_;
  int beam_ = 1;
  double beam_temperature_ = 0;
};

// Beam temperature for models without one in their header: EWT dev LAS of the
// committed model with a beam of 8 was 83.62 / 83.98 / 83.54 at 0.025 / 0.03 /
// 0.04 (82.30 greedy); far lower values collapse (0.01: 63.5).
inline constexpr double kDefaultBeamTemperature = 0.03;

// The universal dependency relations of UD v2 (without subtypes).
const std::vector<std::string>& ud_relations();
// True for a UD relation, optionally with a subtype ("nsubj:pass").
bool is_ud_relation(std::string_view deprel);

}  // namespace kg::nlp
