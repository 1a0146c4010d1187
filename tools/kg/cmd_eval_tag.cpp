// kg eval-tag: UPOS/XPOS/lemma accuracy against gold CoNLL-U (gold tokenization).
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "command.h"
#include "kg/base/atomic_file.h"
#include "kg/nlp/lemmatizer.h"
#include "kg/nlp/tagger.h"
#include "kg/nlp/tagger_trainer.h"
#include "nlp_paths.h"

namespace {

struct Options {
  std::string gold, models, tagger, lemmatizer, output;
};

void register_eval_tag(CLI::App& app) {
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("eval-tag", "Tagger and lemmatizer accuracy on gold CoNLL-U (gold tokenization)");
  cmd->add_option("gold", opt->gold, "Gold CoNLL-U file")->required();
  cmd->add_option("--models", opt->models, "Models directory (default: $KG_MODELS or models/)");
  cmd->add_option("--tagger", opt->tagger, "Tagger model (default: MODELS/tagger.kgm)");
  cmd->add_option("--lemmatizer", opt->lemmatizer, "Lemmatizer model (default: MODELS/lemmatizer.kgm)");
  cmd->add_option("--output", opt->output, "Also write the predicted CoNLL-U here");
  cmd->callback([opt]() {
    const std::filesystem::path dir = kg::cli::nlp_models_dir(opt->models);
    const std::filesystem::path tagger_path = opt->tagger.empty() ? dir / "tagger.kgm" : std::filesystem::path(opt->tagger);
    const std::filesystem::path lemma_path = opt->lemmatizer.empty() ? dir / "lemmatizer.kgm" : std::filesystem::path(opt->lemmatizer);
    kg::nlp::Tagger tagger = kg::nlp::Tagger::load(tagger_path);
    kg::nlp::Lemmatizer lemmatizer = kg::nlp::Lemmatizer::load(lemma_path);
    std::vector<kg::nlp::Sentence> gold = kg::nlp::read_conllu(opt->gold);
    std::vector<kg::nlp::Sentence> predicted = gold;
    for (auto& s : predicted) {
      for (auto& w : s.words) w.upos.clear(), w.xpos.clear(), w.lemma.clear();
      tagger.tag(s);
      lemmatizer.lemmatize(s);
    }
    if (!opt->output.empty()) {
      kg::AtomicFile out(opt->output);
      for (const auto& s : predicted) kg::nlp::write_conllu(out.stream(), s);
      out.commit();
    }
    kg::nlp::TagScores sc = kg::nlp::score_tags(gold, predicted);
    std::printf("words: %zu\ntag: upos=%.2f xpos=%.2f lemma=%.2f\n", sc.words, sc.upos, sc.xpos, sc.lemma);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_eval_tag);
