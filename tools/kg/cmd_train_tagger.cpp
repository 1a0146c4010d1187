// kg train tagger: trains the POS tagger on CoNLL-U treebanks.
#include <iostream>

#include "command.h"
#include "kg/nlp/tagger_trainer.h"
#include "nlp_paths.h"

namespace {

struct Options {
  std::vector<std::string> train, dev;
  std::string output = "models/tagger.kgm";
  std::uint64_t seed = 1;
  int epochs = 10;
};

void register_train_tagger(CLI::App& app) {
  CLI::App* train = kg::cli::command_group(app, "train", "Train the NLP models");
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = train->add_subcommand("tagger", "Train the POS tagger (UPOS+XPOS) on CoNLL-U files");
  cmd->add_option("--train", opt->train, "Training CoNLL-U files (comma-separated)")->required();
  cmd->add_option("--dev", opt->dev, "Dev CoNLL-U files for choosing the best epoch (comma-separated)");
  cmd->add_option("-o,--output", opt->output, "Model file to write")->capture_default_str();
  cmd->add_option("--seed", opt->seed, "Seed for shuffling the training data")->capture_default_str();
  cmd->add_option("--epochs", opt->epochs, "Training epochs")->capture_default_str();
  cmd->callback([opt]() {
    kg::nlp::TaggerTrainOptions o;
    o.train = kg::cli::split_paths(opt->train);
    o.dev = kg::cli::split_paths(opt->dev);
    o.output = opt->output;
    o.seed = opt->seed;
    o.epochs = opt->epochs;
    o.command = "kg train tagger --train " + kg::cli::join_args(opt->train) +
                (opt->dev.empty() ? "" : " --dev " + kg::cli::join_args(opt->dev)) + " -o " + opt->output +
                " --seed " + std::to_string(opt->seed) + " --epochs " + std::to_string(opt->epochs);
    kg::nlp::train_tagger(o, std::cerr);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_train_tagger);
