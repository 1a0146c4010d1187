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
  CLI::App* cmd = app.add_subcommand("eval-tokenize", "Score the tokenizer and sentence splitter against a treebank");
  cmd->footer(
      "The raw text is rebuilt from the '# text' lines (per # newdoc; sentences of a # newpar paragraph joined by "
      "a space, paragraphs by a blank line), tokenized and split, and aligned with the gold tokens by character "
      "spans as in the CoNLL 2018 shared task. Boilerplate removal is off. The last line reads "
      "'tokenize: tokens_f1=... words_f1=... sentences_f1=...' (percentages).");
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
