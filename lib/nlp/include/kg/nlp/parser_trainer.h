// Training the dependency parser: averaged perceptron over arc-hybrid moves,
// dynamic oracle with error exploration (Goldberg & Nivre 2012/2013), training
// trees made projective first (projectivize.h). Deterministic for a seed.
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "kg/nlp/conllu.h"
#include "kg/nlp/parser.h"

namespace kg::nlp {

struct ParserTrainOptions {
  int epochs = 15;
  std::uint64_t seed = 1;
  // From this epoch on (1-based), the trainer follows its own prediction with
  // probability `explore` instead of the oracle's best move.
  int explore_from = 2;
  double explore = 0.9;
  // A lifted label ("obj||acl") seen fewer times than this is trained as its plain label.
  int min_lift_count = 3;
  // Averaged weights below this magnitude are dropped from the saved model.
  float prune = 0.01f;
  // Stored in the model header (command line, data description...).
  std::map<std::string, std::string> header;
  // Called with the serialized model each time the dev score improves, so a
  // long run can be stopped early and still leave its best model; may be empty.
  std::function<void(const std::string&)> checkpoint;
  // One line per epoch (progress and dev scores); may be empty.
  std::function<void(const std::string&)> log;
};

struct ParserTrainResult {
  Parser parser;
  int best_epoch = 0;
  double dev_uas = 0, dev_las = 0;
  std::string model_bytes;  // the serialized model
};

// Trains on `train`, picks the epoch with the best dev LAS (the last epoch
// when `dev` is empty). Sentences whose tree is not a valid tree (missing
// heads, cycles) are skipped. Throws kg::Error when nothing is trainable.
ParserTrainResult train_parser(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                               const ParserTrainOptions& options);

// Replaces the UPOS/XPOS of `train` by predicted tags from `folds` taggers,
// each trained on the other folds (jackknifing), so that the parser learns
// from tags as noisy as those it meets at run time. `dev` is given to the
// taggers for choosing their epoch. Fold files live in a temporary directory
// that is removed afterwards. Deterministic for a seed.
void jackknife_tags(std::vector<Sentence>& train, const std::vector<std::filesystem::path>& dev, int folds,
                    int tagger_epochs, std::uint64_t seed, const std::function<void(const std::string&)>& log);

// Dev scores of a parser on gold-tokenized sentences (their tags as given).
std::pair<double, double> parser_attachment_scores(const Parser& parser, const std::vector<Sentence>& gold);

}  // namespace kg::nlp
