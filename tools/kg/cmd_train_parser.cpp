// kg train parser: trains the dependency parser on CoNLL-U treebanks.
#include <algorithm>
#include <iostream>
#include <sstream>

#include "command.h"
#include "kg/base/error.h"
#include "kg/nlp/conllu.h"
#include "kg/nlp/parser_trainer.h"
#include "kg/nlp/tagger.h"
#include "kg/base/atomic_file.h"

namespace {

std::vector<kg::nlp::Sentence> read_all(const std::vector<std::string>& paths) {
  std::vector<kg::nlp::Sentence> out;
  for (const auto& p : paths) {
    auto part = kg::nlp::read_conllu(p);
    for (auto& s : part) out.push_back(std::move(s));
  }
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s;
}

void register_train_parser(CLI::App& app) {
  CLI::App* group = kg::cli::command_group(app, "train", "Train the NLP models on CoNLL-U treebanks");
  CLI::App* cmd = group->add_subcommand("parser", "Train the dependency parser (arc-hybrid, averaged perceptron)");
  struct Opts {
    std::vector<std::string> train, dev;
    std::string output;
    kg::nlp::ParserTrainOptions train_options;
    int jackknife = 0, tagger_epochs = 5;
    std::string tagger, save_train_tags;
    bool keep_train_tags = false;
  };
  auto o = std::make_shared<Opts>();
  cmd->add_option("--train", o->train, "Training treebanks (comma-separated CoNLL-U files)")
      ->required()->delimiter(',')->check(CLI::ExistingFile);
  cmd->add_option("--dev", o->dev, "Development treebanks for choosing the epoch (comma-separated)")
      ->delimiter(',')->check(CLI::ExistingFile);
  cmd->add_option("-o,--output", o->output, "Model file to write")->required();
  cmd->add_option("--seed", o->train_options.seed, "Random seed (shuffling, exploration)")->capture_default_str();
  cmd->add_option("--epochs", o->train_options.epochs, "Training epochs")->capture_default_str()->check(CLI::Range(1, 1000));
  cmd->add_option("--explore", o->train_options.explore, "Probability of following the model's own move (dynamic oracle)")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--jackknife", o->jackknife,
                  "Train on predicted tags from K taggers, each trained on the other K-1 folds (0: gold tags)")
      ->capture_default_str()->check(CLI::Range(0, 20));
  cmd->add_option("--tagger-epochs", o->tagger_epochs, "Epochs of each jackknifing tagger")->capture_default_str()
      ->check(CLI::Range(1, 100));
  cmd->add_option("--tagger", o->tagger,
                  "Tag the dev data (and, without --jackknife, the training data) with this tagger model, as at run time")
      ->check(CLI::ExistingFile);
  cmd->add_option("--save-train-tags", o->save_train_tags,
                  "Write the training data with the tags the parser trains on (e.g. jackknifed) as CoNLL-U, for reuse");
  cmd->add_flag("--keep-train-tags", o->keep_train_tags,
                "The training files already carry predicted tags (from --save-train-tags): --tagger tags only the dev data");
  cmd->callback([o]() {
    auto train = read_all(o->train);
    // An empty file would otherwise train an empty model over the existing one.
    if (std::none_of(train.begin(), train.end(), [](const auto& s) { return !s.words.empty(); }))
      throw kg::Error("train parser: the training data has no words (" + join(o->train) + ")");
    auto dev = read_all(o->dev);
    auto opt = o->train_options;
    opt.log = [](const std::string& line) { std::cerr << line << std::endl; };
    if (o->jackknife > 0 && o->keep_train_tags)
      throw kg::Error("train parser: --jackknife and --keep-train-tags exclude each other");
    if (o->jackknife > 0) {
      std::vector<std::filesystem::path> dev_paths(o->dev.begin(), o->dev.end());
      kg::nlp::jackknife_tags(train, dev_paths, o->jackknife, o->tagger_epochs, opt.seed, opt.log);
    }
    if (!o->tagger.empty()) {
      kg::nlp::Tagger tagger = kg::nlp::Tagger::load(o->tagger);
      for (auto& s : dev) tagger.tag(s);
      if (o->jackknife == 0 && !o->keep_train_tags)
        for (auto& s : train) tagger.tag(s);
    }
    if (!o->save_train_tags.empty()) {
      std::ostringstream out;
      for (const auto& s : train) kg::nlp::write_conllu(out, s);
      kg::write_file_atomic(o->save_train_tags, out.str());
    }
    opt.header["command"] = "kg train parser --train " + join(o->train) + (o->dev.empty() ? "" : " --dev " + join(o->dev)) +
                            " --seed " + std::to_string(opt.seed) + " --epochs " + std::to_string(opt.epochs) +
                            (o->jackknife ? " --jackknife " + std::to_string(o->jackknife) + " --tagger-epochs " +
                                                std::to_string(o->tagger_epochs) : "") +
                            (o->tagger.empty() ? "" : " --tagger " + o->tagger) +
                            (o->keep_train_tags ? " --keep-train-tags" : "");
    opt.header["tags"] = o->jackknife          ? "train: jackknifed predicted tags"
                         : o->keep_train_tags ? "train: tags of the training files (" + join(o->train) + ")"
                         : o->tagger.empty() ? "train: gold tags"
                                             : "train: tagged by " + o->tagger;
    if (!o->tagger.empty()) opt.header["tags"] += "; dev: tagged by " + o->tagger;
    opt.header["train_data"] = join(o->train);
    opt.header["dev_data"] = join(o->dev);
    // The best model so far is written after every improving epoch.
    opt.checkpoint = [path = o->output](const std::string& bytes) { kg::write_file_atomic(path, bytes); };
    auto result = kg::nlp::train_parser(train, dev, opt);
    kg::write_file_atomic(o->output, result.model_bytes);
    std::cerr << "wrote " << o->output << " (" << result.model_bytes.size() / 1024 << " KiB, epoch " << result.best_epoch
              << ", dev UAS " << result.dev_uas << " LAS " << result.dev_las << ")" << std::endl;
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_train_parser);
