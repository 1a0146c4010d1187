// kg train lemmatizer: learns lemma exceptions and suffix rules from CoNLL-U treebanks.
#include <iostream>

#include "command.h"
#include "kg/nlp/lemmatizer.h"
#include "nlp_paths.h"

namespace {

struct Options {
  std::vector<std::string> train, dev;
  std::string output = "models/lemmatizer.kgm";
  int min_support = 2;
};

void register_train_lemmatizer(CLI::App& app) {
  CLI::App* train = kg::cli::command_group(app, "train", "Train the NLP models");
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = train->add_subcommand("lemmatizer", "Train the lemmatizer (form + XPOS -> lemma) on CoNLL-U files");
  cmd->add_option("--train", opt->train, "Training CoNLL-U files (comma-separated)")->required();
  cmd->add_option("--dev", opt->dev, "Dev CoNLL-U files (accuracy with gold XPOS is reported)");
  cmd->add_option("-o,--output", opt->output, "Model file to write")->capture_default_str();
  cmd->add_option("--min-rule-support", opt->min_support, "Distinct words a suffix rule needs")->capture_default_str();
  cmd->callback([opt]() {
    kg::nlp::LemmatizerTrainOptions o;
    o.train = kg::cli::split_paths(opt->train);
    o.dev = kg::cli::split_paths(opt->dev);
    o.output = opt->output;
    o.min_rule_support = opt->min_support;
    o.command = "kg train lemmatizer --train " + kg::cli::join_args(opt->train) +
                (opt->dev.empty() ? "" : " --dev " + kg::cli::join_args(opt->dev)) + " -o " + opt->output +
                " --min-rule-support " + std::to_string(opt->min_support);
    kg::nlp::train_lemmatizer(o, std::cerr);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_train_lemmatizer);
