// kg path graph.kg.json A B: a shortest chain of relations from A to B.
#include "command.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/reports.h"
#include "table_output.h"

namespace kg::cli {
namespace {

void register_path(CLI::App& app) {
  struct Options {
    std::string graph, from, to, format = "table";
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("path", "A shortest path between two actors or things (either direction)");
  cmd->add_option("graph", opt->graph, "The graph file")->required();
  cmd->add_option("from", opt->from, "Id, name or alias")->required();
  cmd->add_option("to", opt->to, "Id, name or alias")->required();
  add_format_option(cmd, opt->format);
  cmd->callback([opt] {
    graph::KnowledgeGraph g = graph::load_graph(opt->graph);
    graph::Vertex a = graph::resolve_vertex(g, opt->from), b = graph::resolve_vertex(g, opt->to);
    print_table(graph::path_table(g, a, b), opt->format);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_path);

}  // namespace kg::cli
