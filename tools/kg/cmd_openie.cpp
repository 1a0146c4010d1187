// kg openie: every clause of every sentence as Open IE tuples in CaRB's tab format.
#include <iostream>
#include <sstream>

#include "command.h"
#include "kg/base/atomic_file.h"
#include "kg/extract/clauses.h"
#include "kg/extract/openie.h"
#include "kg/nlp/conllu.h"

namespace {

struct OpenIeOptions {
  std::string input;
  std::string output = "-";
  bool conllu = false;
};

void run_openie(const OpenIeOptions& o) {
  std::ostringstream out;
  if (o.conllu) {
    auto sentences = kg::nlp::parse_conllu(kg::read_file(o.input), o.input);
    for (const auto& s : sentences) {
      auto clauses = kg::extract::extract_clauses(s);
      for (const auto& t : kg::extract::openie_tuples(s, clauses)) kg::extract::write_carb_line(out, s.text, t);
    }
  }
  kg::write_file_atomic(o.output, out.str());
}

void register_openie(CLI::App& app) {
  auto o = std::make_shared<OpenIeOptions>();
  CLI::App* cmd = app.add_subcommand("openie", "Open IE tuples in CaRB tab format, one sentence per input line");
  cmd->add_option("FILE", o->input, "Sentences, one per line ('-' for stdin)")->required();
  cmd->add_option("-o,--output", o->output, "Output file (default: stdout)");
  cmd->add_flag("--conllu", o->conllu, "FILE is parsed CoNLL-U (e.g. a treebank) instead of plain sentences");
  cmd->callback([o] { run_openie(*o); });
}

}  // namespace

KG_REGISTER_COMMAND(register_openie);
