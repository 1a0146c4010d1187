// Labelled dependency parser: greedy arc-hybrid transitions scored by an
// averaged perceptron, trained with a dynamic oracle, pseudo-projective for
// non-projective trees (see arc_hybrid.h, projectivize.h, parser_trainer.h).
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

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

  const std::map<std::string, std::string>& header() const;
  const std::vector<std::string>& labels() const;  // including lifted ("x||y") labels

 private:
  std::shared_ptr<const parser_detail::ParserModel> model_;
};

// The universal dependency relations of UD v2 (without subtypes).
const std::vector<std::string>& ud_relations();
// True for a UD relation, optionally with a subtype ("nsubj:pass").
bool is_ud_relation(std::string_view deprel);

}  // namespace kg::nlp
