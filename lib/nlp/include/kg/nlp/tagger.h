// Part-of-speech tagger: greedy left-to-right averaged perceptron predicting
// the UPOS and XPOS of every word together (one class per UPOS+XPOS pair).
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "kg/nlp/conllu.h"

namespace kg {
class ModelReader;
}

namespace kg::nlp {

class Tagger {
 public:
  // Throws kg::Error naming the file and byte offset for a missing,
  // truncated, wrong-kind or wrong-version model.
  static Tagger load(const std::filesystem::path& path);
  // The same from bytes in memory (SOURCE names them in errors).
  static Tagger load_bytes(std::string data, std::string source);

  // Fills upos and xpos of every word. Thread-safe; does not allocate per
  // token once its per-thread scratch has grown to the sentence length.
  void tag(Sentence& sentence) const;

  // Header of the model file: command, seed, data, dev scores.
  const std::map<std::string, std::string>& header() const;

 private:
  struct Impl;
  static Tagger read(ModelReader& in);
  std::shared_ptr<const Impl> impl_;
};

}  // namespace kg::nlp
