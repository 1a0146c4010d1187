// kg stats graph.kg.json: sizes and shape of a graph.
#include "command.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/reports.h"
#include "table_output.h"

namespace kg::cli {
namespace {

void register_stats(CLI::App& app) {
  struct Options {
    std::string graph, format = "table";
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("stats", "Sizes of a graph: vertices, edges, evidence, documents, components");
  cmd->add_option("graph", opt->graph, "The graph file")->required();
  add_format_option(cmd, opt->format);
  cmd->callback([opt] { print_table(graph::stats_table(graph::load_graph(opt->graph)), opt->format); });
}

}  // namespace

KG_REGISTER_COMMAND(register_stats);

}  // namespace kg::cli
