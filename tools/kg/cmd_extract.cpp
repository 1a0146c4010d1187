// kg extract: actor–relation–argument triples from documents, one per line.
#include <filesystem>
#include <functional>
#include <map>
#include <utility>

#include "command.h"
#include "input_options.h"
#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/base/progress.h"
#include "kg/base/warning.h"
#include "kg/extract/extractor.h"
#include "kg/extract/triple_tsv.h"
#include "kg/nlp/conllu.h"
#include "nlp_paths.h"

namespace {

struct ExtractCliOptions {
  kg::cli::InputOptions input;
  std::string models;
  int beam = 1;
  std::string output = "-";
  std::string format = "jsonl";
  std::vector<std::string> lexicons;
  std::string aliases;
  bool conllu = false;
  bool all = false;
  bool no_coref = false;
};

void run_extract(const ExtractCliOptions& o) {
  kg::extract::ExtractorOptions eo;
  for (const auto& l : o.lexicons) eo.lexicons.emplace_back(l);
  eo.actors_only = !o.all;
  eo.aliases = o.aliases;
  eo.coreference = !o.no_coref;
  eo.tokenize.keep_boilerplate = o.input.keep_boilerplate;
  if (!o.conllu) {
    eo.models_dir = kg::cli::nlp_models_dir(o.models);
    eo.parser_beam = o.beam;
    eo.tokenize.splitter = &kg::cli::splitter_for(o.models);
  }
  kg::extract::Extractor ex(eo);

  std::vector<kg::extract::Triple> all;
  if (o.conllu) {
    // Document id -> (first source, hash of its bytes): the same rules as for
    // articles (docs/limits.md): a repeat is read once, an id clash is an error.
    std::map<std::string, std::pair<std::string, std::size_t>> seen;
    for (const auto& in : o.input.inputs) {
      kg::text::Document doc;
      doc.id = in == "-" ? "stdin" : std::filesystem::path(in).stem().string();
      doc.source = in;
      const std::string bytes = kg::read_file(in);
      const std::size_t hash = std::hash<std::string>{}(bytes);
      if (auto [it, fresh] = seen.emplace(doc.id, std::make_pair(in, hash)); !fresh) {
        if (it->second.second != hash)
          throw kg::Error(in + ": duplicate document id '" + doc.id + "' (also in " + it->second.first +
                          ") with different text; give each document its own id");
        kg::warn(in + ": document '" + doc.id + "' was already read from " + it->second.first + "; read once");
        continue;
      }
      auto sentences = kg::nlp::parse_conllu(bytes, in);
      // Entity tags written by `kg parse --ner` (untagged words are O); without
      // any, names are found from the tree.
      bool tagged = false;
      for (auto& s : sentences)
        for (auto& w : s.words)
          if (auto t = kg::nlp::misc_value(w.misc, "NER"); !t.empty()) w.ner = std::string(t), tagged = true;
      if (tagged)
        for (auto& s : sentences)
          for (auto& w : s.words)
            if (w.ner.empty()) w.ner = "O";
      auto ts = ex.extract_parsed(doc, sentences);
      all.insert(all.end(), ts.begin(), ts.end());
    }
  } else {
    const auto docs = o.input.read();
    kg::Progress progress("extract", docs.size(), kg::cli::globals().quiet);
    for (const auto& d : docs) {
      auto ts = ex.extract(d);
      all.insert(all.end(), ts.begin(), ts.end());
      progress.advance();
    }
    progress.finish();
  }
  ex.canonicalise(all);

  kg::AtomicFile out(o.output);
  if (o.format == "tsv") kg::extract::write_tsv_header(out.stream());
  for (const auto& t : all) {
    if (o.format == "tsv")
      kg::extract::write_tsv(out.stream(), t);
    else
      kg::extract::write_jsonl(out.stream(), t);
  }
  out.commit();
}

void register_extract(CLI::App& app) {
  auto o = std::make_shared<ExtractCliOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Actor-relation-argument triples from documents, one per line");
  kg::cli::add_input_options(cmd, o->input);
  kg::cli::add_models_option(cmd, o->models);
  kg::cli::add_beam_option(cmd, o->beam);
  cmd->add_option("-o,--output", o->output, "Output file (default: stdout)");
  cmd->add_option("--format", o->format, "jsonl (default) or tsv")->check(CLI::IsMember({"jsonl", "tsv"}));
  cmd->add_option("--lexicon", o->lexicons, "Extra event lexicon (lemma<TAB>class), over the default one");
  cmd->add_option("--aliases", o->aliases, "Alias file (canonical<TAB>type<TAB>alias|alias...) over the gazetteer");
  cmd->add_flag("--conllu", o->conllu, "Inputs are parsed CoNLL-U files, one document each (no models needed)");
  cmd->add_flag("--no-coref", o->no_coref, "Actors from each sentence's own names only (no coreference)");
  cmd->add_flag("--all", o->all, "Every clause, not only those whose subject is an actor");
  cmd->callback([o] { run_extract(*o); });
}

}  // namespace

KG_REGISTER_COMMAND(register_extract);
