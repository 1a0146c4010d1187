// kg build INPUT... -o graph.kg.json: a new graph from triples (or articles).
#include <iostream>

#include "command.h"
#include "graph_inputs.h"
#include "kg/graph/graph_file.h"

namespace kg::cli {
namespace {

void register_build(CLI::App& app) {
  struct Options {
    GraphInputs in;
    std::string output;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("build", "Build a graph from triples JSONL (--triples) or articles");
  add_graph_input_options(cmd, opt->in);
  cmd->add_option("-o,--output", opt->output, "The graph file to write")->required();
  cmd->callback([opt] {
    graph::KnowledgeGraph g;
    graph::TriplesLoad l = add_inputs(g, opt->in, globals().quiet);
    graph::save_graph(g, opt->output);
    if (!globals().quiet)
      std::cerr << "kg: " << opt->output << ": " << g.vertex_count() << " vertices, " << g.edge_count() << " edges, "
                << g.evidence_count() << " evidence from " << l.triples << " triples\n";
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_build);

}  // namespace kg::cli
