// Entity recogniser: a greedy averaged-perceptron BILOU tagger over words
// (PERSON, ORG, GPE, LOC, EVENT learned from GUM), with gazetteer features
// for countries, capitals, regions and demonyms. Demonyms ("North Korean")
// that the tagger leaves untagged become NORP mentions.
// Run the POS tagger first: the features use UPOS and XPOS.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "kg/nlp/conllu.h"

namespace kg {
class ModelReader;
}

namespace kg::nlp {

// A mention over words first..last (0-based, inclusive).
struct Mention {
  int first = 0, last = 0;
  std::string type;
  bool operator==(const Mention& o) const { return first == o.first && last == o.last && type == o.type; }
};

class EntityRecognizer {
 public:
  // Throws kg::Error naming the file and byte offset of a bad model.
  static EntityRecognizer load(const std::filesystem::path& path);
  static EntityRecognizer load_bytes(std::string data, std::string source);

  // Sets Word::ner of every word to a BILOU tag ("B-PERSON", "L-PERSON", "U-GPE", "O").
  // A sentence alone is a document of one sentence: prefer tag_document.
  void tag(Sentence& sentence) const;
  // Person titles: kCut leaves a title ("Vice President", "Dr.") and a
  // demonym or country before it ("South Korean") out of the person's mention
  // (the demonym or country becomes its own mention): the name alone, for
  // the graph. kKeep is GUM's convention, which the tagger learned: the title
  // is part of the mention ("Vice President Mike Pence").
  enum class Titles { kCut, kKeep };
  // Tags the sentences of one document (in order). With a two-pass model the
  // second pass sees what the first said about the same words in the other
  // sentences. Then the document's names are made consistent (ner_document.h):
  // one type per name, a person's surname alone is that person, repeats of a
  // name found elsewhere in the document are mentions too.
  void tag_document(std::span<Sentence> sentences, Titles titles = Titles::kCut) const;
  // The mentions encoded by the words' BILOU tags (call tag() first); an
  // ill-formed sequence is read leniently (a stray I- or L- starts a mention).
  std::vector<Mention> mentions(const Sentence& sentence) const;

  const std::map<std::string, std::string>& header() const;

 private:
  struct Impl;
  static EntityRecognizer read(ModelReader& in);
  std::shared_ptr<const Impl> impl_;
};

// Mentions from BILOU tags in Word::ner (shared by EntityRecognizer::mentions and tests).
std::vector<Mention> mentions_from_bilou(const Sentence& sentence);

}  // namespace kg::nlp
