// kg eval-tokenize: tokenizer and splitter scores against a UD treebank.
#include <iostream>

#include "command.h"
#include "input_options.h"
#include "kg/text/tokenize_eval.h"

namespace {

struct Options {
  std::string gold;
  std::string models;
  bool show_errors = false;
};

void register_eval_tokenize(CLI::App& app) {
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "eval-tokenize",
      "Score tokens, words and sentences against GOLD.conllu: the raw text is rebuilt from its '# text' lines "
      "(per # newdoc; # newpar = blank line), tokenized, and aligned by character spans (CoNLL 2018 shared task)");
  cmd->add_option("gold", o->gold, "Gold CoNLL-U file")->required()->type_name("GOLD.conllu");
  kg::cli::add_models_option(cmd, o->models);
  cmd->add_flag("--show-errors", o->show_errors, "Print every mismatching token and sentence end, in context");
  cmd->callback([o] {
    kg::text::TokenizeOptions to;
    to.splitter = &kg::cli::splitter_for(o->models);
    std::cout << kg::text::format_scores(kg::text::evaluate_tokenizer(o->gold, to, o->show_errors ? &std::cout : nullptr));
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_eval_tokenize);
