// kg top graph.kg.json --by pagerank|degree|betweenness [--limit N]
#include "command.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/reports.h"
#include "table_output.h"

namespace kg::cli {
namespace {

void register_top(CLI::App& app) {
  struct Options {
    std::string graph, by = "pagerank", format = "table";
    std::size_t limit = 10;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("top", "The most central actors and things");
  cmd->add_option("graph", opt->graph, "The graph file")->required();
  cmd->add_option("--by", opt->by, "pagerank (default), degree or betweenness")
      ->check(CLI::IsMember({"pagerank", "degree", "betweenness"}));
  cmd->add_option("-n,--limit", opt->limit, "How many to show (default 10)")->check(CLI::PositiveNumber);
  add_format_option(cmd, opt->format);
  cmd->callback([opt] {
    graph::KnowledgeGraph g = graph::load_graph(opt->graph);
    print_table(graph::top_table(g, graph::parse_centrality(opt->by), opt->limit), opt->format);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_top);

}  // namespace kg::cli
