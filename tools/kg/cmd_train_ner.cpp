// kg train ner: trains the entity recogniser on GUM-style Entity= annotations.
#include <cstdio>
#include <iostream>

#include "command.h"
#include "kg/nlp/ner_trainer.h"
#include "nlp_paths.h"

namespace {

struct Options {
  std::vector<std::string> train, dev, lexicon;
  std::string output = "models/ner.kgm";
  std::string tagger, iso_codes = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::string gazetteer = std::string(KG_SOURCE_DIR) + "/data/gazetteer";
  std::uint64_t seed = 1;
  int epochs = 10;
  int passes = 1, folds = 4;
  bool cut_titles = false, no_context = false;
  float prune = 0;
};

std::string shortest(float v) {
  char b[32];
  std::snprintf(b, sizeof b, "%g", static_cast<double>(v));
  return b;
}

void register_train_ner(CLI::App& app) {
  CLI::App* train = kg::cli::command_group(app, "train", "Train the NLP models");
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = train->add_subcommand("ner", "Train the entity recogniser on GUM CoNLL-U (Entity= in MISC)");
  cmd->add_option("--train", opt->train, "Training CoNLL-U files with GUM entity annotations (comma-separated)")
      ->required();
  cmd->add_option("--dev", opt->dev, "Dev CoNLL-U files for choosing the best epoch (comma-separated)");
  cmd->add_option("-o,--output", opt->output, "Model file to write")->capture_default_str();
  cmd->add_option("--lexicon", opt->lexicon,
                  "More CoNLL-U files counted for the case lexicon (how often a word is capitalised; comma-separated)");
  cmd->add_option("--tagger", opt->tagger, "Tagger model used to tag the dev data as at run time");
  cmd->add_option("--iso-codes", opt->iso_codes, "iso-codes ISO 3166-1 JSON")->capture_default_str();
  cmd->add_option("--gazetteer", opt->gazetteer, "Directory of the gazetteer TSV files");
  cmd->add_option("--seed", opt->seed, "Seed for shuffling the training data")->capture_default_str();
  cmd->add_option("--epochs", opt->epochs, "Training epochs")->capture_default_str();
  cmd->add_option("--passes", opt->passes, "1: sentence by sentence; 2: a second pass with document-level features")
      ->check(CLI::IsMember({1, 2}))
      ->capture_default_str();
  cmd->add_option("--prune", opt->prune, "Drop averaged weights below this magnitude (perceptron updates)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_flag("--cut-titles", opt->cut_titles,
                "Gold person names without the title before them (GUM nmod:desc: President, Mr.); eval-ner --cut-titles");
  cmd->add_flag("--no-context", opt->no_context,
                "Without context aggregation features (the words around the same form elsewhere in the document)");
  cmd->add_option("--folds", opt->folds, "Jackknife folds labelling the second pass's training data")
      ->check(CLI::Range(2, 20))
      ->capture_default_str();
  cmd->callback([opt]() {
    kg::nlp::NerTrainOptions o;
    o.train = kg::cli::split_paths(opt->train);
    o.dev = kg::cli::split_paths(opt->dev);
    o.lexicon = kg::cli::split_paths(opt->lexicon);
    o.output = opt->output;
    o.tagger = opt->tagger;
    o.iso_codes = opt->iso_codes;
    o.gazetteer_dir = opt->gazetteer;
    o.seed = opt->seed;
    o.epochs = opt->epochs;
    o.two_pass = opt->passes == 2;
    o.folds = opt->folds;
    o.cut_titles = opt->cut_titles;
    o.prune = opt->prune;
    o.context = !opt->no_context;
    o.command = "kg train ner --train " + kg::cli::join_args(opt->train) +
                (opt->dev.empty() ? "" : " --dev " + kg::cli::join_args(opt->dev)) +
                (opt->lexicon.empty() ? "" : " --lexicon " + kg::cli::join_args(opt->lexicon)) +
                (opt->tagger.empty() ? "" : " --tagger " + opt->tagger) + " -o " + opt->output + " --seed " +
                std::to_string(opt->seed) + " --epochs " + std::to_string(opt->epochs) +
                " --passes " + std::to_string(opt->passes) + (o.two_pass ? " --folds " + std::to_string(opt->folds) : "") + (o.cut_titles ? " --cut-titles" : "") + (opt->no_context ? " --no-context" : "") +
                (opt->prune > 0 ? " --prune " + shortest(opt->prune) : "");
    kg::nlp::train_ner(o, std::cerr);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_train_ner);
