// kg extract: actor–relation–argument triples from documents, one per line.
#include <filesystem>
#include <sstream>

#include "command.h"
#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/extract/extractor.h"
#include "kg/extract/triple_tsv.h"
#include "kg/nlp/conllu.h"

namespace {

struct ExtractCliOptions {
  std::vector<std::string> inputs;
  std::string output = "-";
  std::string format = "jsonl";
  std::vector<std::string> lexicons;
  bool conllu = false;
  bool all = false;
  std::string aliases;
  bool no_coref = false;
};

void run_extract(const ExtractCliOptions& o) {
  kg::extract::ExtractorOptions eo;
  for (const auto& l : o.lexicons) eo.lexicons.emplace_back(l);
  eo.actors_only = !o.all;
  eo.aliases = o.aliases;
  eo.coreference = !o.no_coref;
  kg::extract::Extractor ex(eo);
  std::ostringstream out;
  if (o.format == "tsv") kg::extract::write_tsv_header(out);
  auto emit = [&](const std::vector<kg::extract::Triple>& ts) {
    for (const auto& t : ts) {
      if (o.format == "tsv")
        kg::extract::write_tsv(out, t);
      else
        kg::extract::write_jsonl(out, t);
    }
  };
  std::vector<kg::extract::Triple> all;
  if (o.conllu) {
    for (const auto& in : o.inputs) {
      kg::text::Document doc;
      doc.id = in == "-" ? "stdin" : std::filesystem::path(in).stem().string();
      doc.source = in;
      auto sentences = kg::nlp::parse_conllu(kg::read_file(in), in);
      auto ts = ex.extract_parsed(doc, sentences);
      all.insert(all.end(), ts.begin(), ts.end());
    }
  }
  ex.canonicalise(all);
  emit(all);
  kg::write_file_atomic(o.output, out.str());
}

void register_extract(CLI::App& app) {
  auto o = std::make_shared<ExtractCliOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Actor-relation-argument triples from documents, one per line");
  cmd->add_option("INPUT", o->inputs, "Documents: files, directories, '-' for stdin")->required();
  cmd->add_option("-o,--output", o->output, "Output file (default: stdout)");
  cmd->add_option("--format", o->format, "jsonl (default) or tsv")->check(CLI::IsMember({"jsonl", "tsv"}));
  cmd->add_option("--lexicon", o->lexicons, "Extra event lexicon (lemma<TAB>class), over the default one");
  cmd->add_flag("--conllu", o->conllu, "Inputs are parsed CoNLL-U, one document per file");
  cmd->add_option("--aliases", o->aliases, "Alias file (canonical<TAB>type<TAB>alias|alias...) over the gazetteer");
  cmd->add_flag("--no-coref", o->no_coref, "Actors from each sentence's own names only (no coreference)");
  cmd->add_flag("--all", o->all, "Every clause, not only those whose subject is an actor");
  cmd->callback([o] { run_extract(*o); });
}

}  // namespace

KG_REGISTER_COMMAND(register_extract);
