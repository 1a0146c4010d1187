// Lemmatizer: lemma from (form, XPOS) learned from treebanks. Words seen in
// training whose lemma the rules would get wrong are stored as exceptions
// (irregulars: "met"/VBD -> "meet", "was"/VBD -> "be"); every other word gets
// the edit rule learned for the longest matching suffix of its lowercase form
// under its XPOS ("-ies"/NNS -> "-y").
#pragma once
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kg/nlp/conllu.h"

namespace kg {
class ModelReader;
}

namespace kg::nlp {

class Lemmatizer {
 public:
  // Throws kg::Error naming the file and byte offset of a bad model.
  static Lemmatizer load(const std::filesystem::path& path);
  static Lemmatizer load_bytes(std::string data, std::string source);

  // Fills the lemma of every word from its form and XPOS (run the tagger first).
  void lemmatize(Sentence& sentence) const;
  // The lemma of one word, written into out (its capacity is reused).
  void lemma(std::string_view form, std::string_view xpos, std::string& out) const;

  const std::map<std::string, std::string>& header() const;

 private:
  struct Impl;
  static Lemmatizer read(ModelReader& in);
  std::shared_ptr<const Impl> impl_;
};

struct LemmatizerTrainOptions {
  std::vector<std::filesystem::path> train, dev;
  std::filesystem::path output;
  std::string command;  // recorded in the model header
  int min_rule_support = 2;  // distinct words a suffix rule needs (suffixes longer than 0)
};

// Learns exceptions and suffix rules, reports dev accuracy with gold XPOS, writes the model.
void train_lemmatizer(const LemmatizerTrainOptions& options, std::ostream& log);

}  // namespace kg::nlp
