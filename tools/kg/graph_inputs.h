// Adding inputs to a graph, shared by `kg build` and `kg add`: triples JSONL
// files with --triples, else articles (which need the extraction pipeline).
#pragma once
#include <string>
#include <vector>

#include "input_options.h"
#include "kg/base/error.h"
#include "kg/extract/extractor.h"
#include "kg/graph/knowledge_graph.h"
#include "kg/graph/triples_input.h"
#include "nlp_paths.h"

namespace kg::cli {

struct GraphInputs {
  InputOptions articles;  // positional inputs, --lossy, --keep-boilerplate, --jsonl
  bool triples = false;
  std::string models;   // --models
  std::string aliases;  // --aliases
  int beam = 1;         // --beam
};

// The INPUT... positional and the options for both kinds of input.
inline void add_graph_input_options(CLI::App* cmd, GraphInputs& in) {
  add_input_options(cmd, in.articles);
  add_models_option(cmd, in.models);
  cmd->add_flag("--triples", in.triples, "Inputs are triples JSONL (as printed by 'kg extract'; '-' for stdin)");
  cmd->add_option("--aliases", in.aliases, "Alias file (canonical<TAB>type<TAB>alias|alias...) for articles");
  add_beam_option(cmd, in.beam);
}

// Articles: read, extract (with one canonical name per actor across the
// batch), then add every triple.
inline graph::TriplesLoad add_articles(graph::KnowledgeGraph& g, const GraphInputs& in) {
  extract::ExtractorOptions eo;
  eo.aliases = in.aliases;
  eo.tokenize.keep_boilerplate = in.articles.keep_boilerplate;
  eo.models_dir = nlp_models_dir(in.models);
  eo.parser_beam = in.beam;
  eo.tokenize.splitter = &splitter_for(in.models);
  extract::Extractor ex(eo);
  std::vector<extract::Triple> all = ex.extract(in.articles.read());
  graph::TriplesLoad l;
  for (const auto& t : all) {
    ++l.triples;
    if (g.add_triple(t)) ++l.added;
  }
  return l;
}

inline graph::TriplesLoad add_inputs(graph::KnowledgeGraph& g, const GraphInputs& in, bool quiet) {
  if (!in.triples) return add_articles(g, in);
  graph::TriplesLoad total;
  for (const std::string& path : in.articles.inputs) {
    graph::TriplesLoad l = graph::add_triples_file(g, path, quiet);
    total.triples += l.triples;
    total.added += l.added;
  }
  return total;
}

}  // namespace kg::cli
