// kg train splitter: the sentence-boundary model from UD treebanks.
#include <iostream>

#include "command.h"
#include "kg/text/splitter_trainer.h"

namespace {

struct Options {
  std::vector<std::string> train;
  std::string dev;
  std::string output = "models/splitter.kgm";
  int epochs = 10;
  std::uint64_t seed = 1;
  unsigned hash_bits = 18;
};

void run(const Options& o, const std::string& command) {
  kg::text::SplitterTrainOptions t;
  for (const auto& f : o.train) t.train.emplace_back(f);
  t.dev = o.dev;
  t.epochs = o.epochs;
  t.seed = o.seed;
  t.hash_bits = o.hash_bits;
  const bool quiet = kg::cli::globals().quiet;
  kg::text::SplitterTrainResult r = kg::text::train_splitter(t, [quiet](const std::string& line) {
    if (!quiet) std::cerr << line << '\n';
  });
  r.header["command"] = command;
  r.model.save(o.output, r.header);
  std::cout << "saved " << o.output << " (dev sentences F1 " << r.header["dev_sentences_f1"] << ", epoch "
            << r.header["best_epoch"] << ")\n";
}

void register_train_splitter(CLI::App& app) {
  CLI::App* train = kg::cli::command_group(app, "train", "Train models");
  auto o = std::make_shared<Options>();
  CLI::App* cmd = train->add_subcommand(
      "splitter", "Train the sentence-boundary model (averaged perceptron) on CoNLL-U treebanks");
  cmd->add_option("train", o->train, "Training CoNLL-U files (e.g. en_ewt-ud-train.conllu en_gum-ud-train.conllu)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--dev", o->dev, "CoNLL-U file whose sentence F1 picks the best epoch")->check(CLI::ExistingFile);
  cmd->add_option("-o,--output", o->output, "Model file")->capture_default_str();
  cmd->add_option("--epochs", o->epochs, "Training epochs")->capture_default_str();
  cmd->add_option("--seed", o->seed, "Random seed (document order)")->capture_default_str();
  cmd->add_option("--hash-bits", o->hash_bits, "log2 of the feature table size")->capture_default_str();
  cmd->callback([o, cmd] {
    std::string command = "kg train splitter";
    for (const auto& f : o->train) command += " " + f;
    if (!o->dev.empty()) command += " --dev " + o->dev;
    command += " --epochs " + std::to_string(o->epochs) + " --seed " + std::to_string(o->seed) + " --hash-bits " +
               std::to_string(o->hash_bits);
    (void)cmd;
    run(*o, command);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_train_splitter);
