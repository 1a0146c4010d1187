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
  bool ner = false;
  int beam = 1;
};

// Entity tags go in MISC as NER=B-PERSON (O words get none), so that
// `kg extract --conllu` reads them back.
void put_ner_in_misc(kg::nlp::Sentence& s) {
  for (kg::nlp::Word& w : s.words) {
    if (w.ner.empty() || w.ner == "O") continue;
    w.misc = (w.misc.empty() || w.misc == "_") ? "NER=" + w.ner : w.misc + "|NER=" + w.ner;
  }
}

void register_parse(CLI::App& app) {
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("parse", "Tokenize, tag, lemmatize and parse text; print CoNLL-U");
  kg::cli::add_input_options(cmd, o->input);
  kg::cli::add_models_option(cmd, o->models);
  cmd->add_option("-o,--output", o->output, "Output file ('-': standard output)")->capture_default_str();
  cmd->add_flag("--ner", o->ner, "Add the entity tags to MISC (NER=B-PERSON, BILOU), read back by extract --conllu");
  kg::cli::add_beam_option(cmd, o->beam);
  cmd->callback([o]() {
    const auto docs = o->input.read();
    kg::nlp::Pipeline pipeline = kg::nlp::Pipeline::load(kg::cli::nlp_models_dir(o->models));
    pipeline.set_parser_beam(o->beam);
    kg::text::TokenizeOptions topt;
    topt.keep_boilerplate = o->input.keep_boilerplate;
    topt.splitter = &kg::cli::splitter_for(o->models);
    topt.join_name_hyphens = true;  // as kg extract reads news text
    kg::AtomicFile out(o->output);
    kg::Progress progress("parse", docs.size(), kg::cli::globals().quiet);
    for (const auto& d : docs) {
      for (auto& s : pipeline.annotate(d, kg::text::tokenize(d, topt))) {
        if (o->ner) put_ner_in_misc(s);
        kg::nlp::write_conllu(out.stream(), s);
      }
      progress.advance();
    }
    progress.finish();
    out.commit();
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_parse);
