// Training and evaluation of the entity recogniser on GUM-style annotations.
#pragma once
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <map>
#include <span>
#include <string_view>
#include <string>
#include <vector>

#include "kg/nlp/ner.h"

namespace kg::nlp {

// Named mentions of a GUM sentence: the `Entity=` spans in MISC whose head
// (the word whose syntactic head lies outside the span) is a PROPN, cut down
// to the name itself (the run of proper nouns around the head, joined by
// "of", "the", "-", "&": no determiner before it, no apposition or relative
// clause after it), keeping only the outermost of nested names. GUM types map to PERSON
// (person), ORG (organization), GPE or LOC (place: LOC when the span names a
// geographic feature or a continent/region, else GPE) and EVENT (event);
// other types are not named-entity types here. Throws kg::Error on a
// malformed Entity field (file line in the message). cut_titles: a person's
// title before the name (GUM nmod:desc: "President", "Mr.", with "Vice" or
// "South Korean" before it) is left out ("Barack Obama", not "President
// Barack Obama"). inner_names: a mention headed by a common noun yields the
// name in apposition or flat after its head ("actor Jason Beghe" -> "Jason
// Beghe"); GUM often has no mention of its own there, so without this the
// name is a negative example (the trainer uses it on training data only;
// evaluation keeps GUM's mentions as they are).
std::vector<Mention> gum_named_mentions(const Sentence& sentence, std::string_view source, bool cut_titles = false,
                                        bool inner_names = false);

// The documents of a CoNLL-U file: a sentence with a "newdoc" comment starts
// one (sentences before the first such comment form a document too).
std::vector<std::span<Sentence>> conllu_documents(std::vector<Sentence>& sentences);

struct NerTrainOptions {
  std::vector<std::filesystem::path> train, dev;
  // More treebanks for the case lexicon (how words are usually capitalised);
  // the training files are always counted.
  std::vector<std::filesystem::path> lexicon;
  std::filesystem::path output;
  std::filesystem::path tagger;       // tags the dev data for evaluation, as at run time
  std::filesystem::path iso_codes = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::filesystem::path gazetteer_dir;  // data/gazetteer
  std::uint64_t seed = 1;
  int epochs = 10;
  // two_pass: train a second pass with document atoms. Its training data gets
  // first-pass labels by jackknifing: `folds` models, each trained without
  // one fold of the training documents, label that fold.
  // Measured on GUM dev (README): +0.5 over one pass, within seed noise, at
  // twice the model size, so off by default.
  int folds = 4;
  bool two_pass = false;
  bool cut_titles = false;  // gold names without titles (gum_named_mentions)
  // Context aggregation features (the words around the same form elsewhere
  // in the document): GUM dev mean over seeds 1-4 71.61 without, 73.07 with
  // two words a side (README).
  bool context = true;
  // Averaged weights smaller than this (in perceptron updates) are dropped:
  // 1 halves the model at the same dev score (README).
  float prune = 0;
  std::string command;
};

// Reads the gazetteer (at training time; it is stored in the model), trains,
// keeps the epoch with the best dev F1 and writes the model.
void train_ner(const NerTrainOptions& options, std::ostream& log);

struct NerScores {
  std::size_t gold = 0, predicted = 0, correct = 0;
  double p() const { return predicted ? 100.0 * static_cast<double>(correct) / static_cast<double>(predicted) : 0; }
  double r() const { return gold ? 100.0 * static_cast<double>(correct) / static_cast<double>(gold) : 0; }
  double f1() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
};
// Exact span + type matching per type, plus "core" (PERSON, ORG, GPE, LOC together) and "all".
std::map<std::string, NerScores> score_mentions(const std::vector<std::vector<Mention>>& gold,
                                                const std::vector<std::vector<Mention>>& predicted);

}  // namespace kg::nlp
