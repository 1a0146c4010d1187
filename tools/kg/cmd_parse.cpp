// kg parse: raw text in, CoNLL-U out (tokens, tags, lemmas, dependencies).
#include "command.h"
#include "input_options.h"
#include "kg/base/atomic_file.h"
#include "kg/base/progress.h"
#include "kg/nlp/conllu.h"
#include "kg/nlp/pipeline.h"
#include "kg/text/tokenizer.h"
#include "nlp_paths.h"

namespace {

struct Options {
  kg::cli::InputOptions input;
  std::string models;
  std::string output = "-";
};

void register_parse(CLI::App& app) {
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("parse", "Tokenize, tag, lemmatize and parse text; print CoNLL-U");
  kg::cli::add_input_options(cmd, o->input);
  kg::cli::add_models_option(cmd, o->models);
  cmd->add_option("-o,--output", o->output, "Output file ('-': standard output)")->capture_default_str();
  cmd->callback([o]() {
    const auto docs = o->input.read();
    kg::nlp::Pipeline pipeline = kg::nlp::Pipeline::load(kg::cli::nlp_models_dir(o->models));
    kg::text::TokenizeOptions topt;
    topt.keep_boilerplate = o->input.keep_boilerplate;
    topt.splitter = &kg::cli::splitter_for(o->models);
    kg::AtomicFile out(o->output);
    kg::Progress progress("parse", docs.size(), kg::cli::globals().quiet);
    for (const auto& d : docs) {
      for (const auto& s : pipeline.annotate(d, kg::text::tokenize(d, topt))) kg::nlp::write_conllu(out.stream(), s);
      progress.advance();
    }
    progress.finish();
    out.commit();
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_parse);
