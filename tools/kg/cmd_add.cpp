// kg add graph.kg.json INPUT...: adds to an existing graph, in place
// (atomically). Evidence already in the graph is not added again.
#include <iostream>

#include "command.h"
#include "graph_inputs.h"
#include "kg/graph/graph_file.h"

namespace kg::cli {
namespace {

void register_add(CLI::App& app) {
  struct Options {
    std::string graph, output;
    GraphInputs in;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("add", "Add triples (--triples) or articles to a graph; idempotent");
  cmd->add_option("graph", opt->graph, "The graph file to update")->required();
  add_graph_input_options(cmd, opt->in);
  cmd->add_option("-o,--output", opt->output, "Write the result here instead of updating the graph file");
  cmd->callback([opt] {
    graph::KnowledgeGraph g = graph::load_graph(opt->graph);
    graph::TriplesLoad l = add_inputs(g, opt->in, globals().quiet);
    const std::string& out = opt->output.empty() ? opt->graph : opt->output;
    graph::save_graph(g, out);
    if (!globals().quiet)
      std::cerr << "kg: " << out << ": " << l.added << " of " << l.triples << " triples were new; "
                << g.vertex_count() << " vertices, " << g.edge_count() << " edges, " << g.evidence_count()
                << " evidence\n";
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_add);

}  // namespace kg::cli
