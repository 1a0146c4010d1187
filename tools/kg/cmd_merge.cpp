// kg merge A B ... -o C: the union of graphs (the reduce step of a sharded build).
#include <iostream>

#include "command.h"
#include "kg/graph/graph_file.h"

namespace kg::cli {
namespace {

void register_merge(CLI::App& app) {
  struct Options {
    std::vector<std::string> graphs;
    std::string output;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("merge", "Merge graph files into one (associative, commutative, idempotent)");
  cmd->add_option("graphs", opt->graphs, "Graph files")->required();
  cmd->add_option("-o,--output", opt->output, "The merged graph file to write")->required();
  cmd->callback([opt] {
    graph::KnowledgeGraph g = graph::load_graph(opt->graphs.front());
    for (std::size_t i = 1; i < opt->graphs.size(); ++i) g.merge(graph::load_graph(opt->graphs[i]));
    graph::save_graph(g, opt->output);
    if (!globals().quiet)
      std::cerr << "kg: " << opt->output << ": " << g.vertex_count() << " vertices, " << g.edge_count() << " edges, "
                << g.evidence_count() << " evidence from " << opt->graphs.size() << " graphs\n";
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_merge);

}  // namespace kg::cli
