// kg neighbors graph.kg.json NAME [--depth N]
#include "command.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/reports.h"
#include "table_output.h"

namespace kg::cli {
namespace {

void register_neighbors(CLI::App& app) {
  struct Options {
    std::string graph, name, format = "table";
    std::uint32_t depth = 1;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("neighbors", "Actors and things within N hops of one (either direction)");
  cmd->add_option("graph", opt->graph, "The graph file")->required();
  cmd->add_option("name", opt->name, "Id, name or alias (matched forgivingly)")->required();
  cmd->add_option("-d,--depth", opt->depth, "Hops (default 1)")->check(CLI::PositiveNumber);
  add_format_option(cmd, opt->format);
  cmd->callback([opt] {
    graph::KnowledgeGraph g = graph::load_graph(opt->graph);
    print_table(graph::neighbors_table(g, graph::resolve_vertex(g, opt->name), opt->depth), opt->format);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_neighbors);

}  // namespace kg::cli
