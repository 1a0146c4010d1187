// kg query GRAPH 'QUERY' [--format table|tsv|json]: runs an openCypher-style
// query (docs/query.md) against a graph file and prints the rows.
#include "command.h"
#include "kg/graph/graph_file.h"
#include "kg/query/query.h"
#include "kg/query/result_format.h"
#include "table_output.h"

namespace kg::cli {
namespace {

void register_query(CLI::App& app) {
  struct Options {
    std::string graph, query, format = "table";
    std::size_t max_rows = query::QueryOptions{}.max_rows;
    double timeout = query::QueryOptions{}.timeout_seconds;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("query", "Run a Cypher-style query against a graph (see docs/query.md)");
  cmd->add_option("graph", opt->graph, "The graph file (graph.kg.json)")->required();
  cmd->add_option("query", opt->query, "The query, e.g. \"MATCH (a)-[r:threaten]->(b) RETURN a.name, b.name\"")
      ->required();
  add_format_option(cmd, opt->format);
  cmd->add_option("--max-rows", opt->max_rows, "Stop with an error when the result would exceed this many rows")
      ->check(CLI::PositiveNumber)  // "-5" would otherwise wrap to a huge size_t
      ->capture_default_str();
  cmd->add_option("--timeout", opt->timeout, "Stop with an error after this many seconds")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->callback([opt] {
    // Parse first, so a syntax error does not wait for a large graph to load.
    query::QueryOptions options;
    options.max_rows = opt->max_rows;
    options.timeout_seconds = opt->timeout;
    query::check_syntax(opt->query);
    graph::KnowledgeGraph g = graph::load_graph(opt->graph);
    print_table(query::to_table(g, query::run_query(g, opt->query, options)), opt->format);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_query);

}  // namespace kg::cli
