// kg evidence graph.kg.json A B: the sentences behind every edge between A and B.
#include "command.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/reports.h"
#include "table_output.h"

namespace kg::cli {
namespace {

void register_evidence(CLI::App& app) {
  struct Options {
    std::string graph, a, b, format = "table";
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("evidence", "Every sentence behind the relations between two actors");
  cmd->add_option("graph", opt->graph, "The graph file")->required();
  cmd->add_option("a", opt->a, "Id, name or alias")->required();
  cmd->add_option("b", opt->b, "Id, name or alias")->required();
  add_format_option(cmd, opt->format);
  cmd->callback([opt] {
    graph::KnowledgeGraph g = graph::load_graph(opt->graph);
    graph::Vertex a = graph::resolve_vertex(g, opt->a), b = graph::resolve_vertex(g, opt->b);
    print_table(graph::evidence_table(g, a, b), opt->format);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_evidence);

}  // namespace kg::cli
