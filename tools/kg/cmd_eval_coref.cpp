// kg eval-coref GOLD.conllu: pronoun accuracy of the coreference resolver on
// GUM's annotation (see kg/extract/coref_eval.h).
#include <cstdio>
#include <iostream>

#include "command.h"
#include "kg/base/error.h"
#include "kg/extract/canonical.h"
#include "kg/extract/coref_eval.h"
#include "kg/nlp/conllu.h"

namespace {

struct EvalCorefOptions {
  std::string gold;
  std::string mentions = "gold";
  std::string data_dir;
  int window = 3;
  bool show_misses = false;
};

void run(const EvalCorefOptions& o) {
  const auto sentences = kg::nlp::read_conllu(o.gold);
  const auto canon = kg::extract::Canonicalizer::load(
      o.data_dir.empty() ? kg::extract::Canonicalizer::default_data_dir() : std::filesystem::path(o.data_dir));
  kg::extract::ResolveOptions ro;
  ro.source = o.mentions == "gold" ? kg::extract::MentionSource::GumMisc : kg::extract::MentionSource::Predicted;
  ro.pronoun_window = o.window;
  const auto r = kg::extract::evaluate_pronouns(sentences, &canon, ro, o.show_misses ? &std::cout : nullptr);
  std::printf("documents: %zu\nmentions: %s\ntrees: as given in %s\n", r.documents, o.mentions.c_str(),
              o.gold.c_str());
  std::printf("pronouns with a gold antecedent: %zu, linked: %zu, right entity: %zu\n", r.pronouns, r.linked,
              r.correct);
  std::printf("coref: pronoun_acc=%.3f links=%zu\n", r.accuracy(), r.pronouns);
}

void register_eval_coref(CLI::App& app) {
  auto opt = std::make_shared<EvalCorefOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval-coref", "Pronoun accuracy on GUM coreference (CoNLL-U with MISC Entity=)");
  cmd->add_option("gold", opt->gold, "Gold CoNLL-U file with GUM Entity= annotation")->required();
  cmd->add_option("--mentions", opt->mentions,
                  "gold: resolve GUM's gold mention spans (no coreference ids); predicted: find mentions "
                  "from the trees and NER tags of the file")
      ->check(CLI::IsMember({"gold", "predicted"}));
  cmd->add_option("--data", opt->data_dir, "Data directory with coref/countries.tsv and coref/capitals.tsv (default: $KG_DATA or source data/)");
  cmd->add_option("--window", opt->window, "Sentences back in which a pronoun looks for its antecedent")
      ->check(CLI::Range(0, 50));
  cmd->add_flag("--show-misses", opt->show_misses, "Print every pronoun linked wrongly or not at all");
  cmd->callback([opt] { run(*opt); });
}

}  // namespace

KG_REGISTER_COMMAND(register_eval_coref);
