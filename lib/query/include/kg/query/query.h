// Running a query against a knowledge graph: parse (parser.h), bind names
// against the schema, plan, execute. The language is described in
// docs/query.md.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/knowledge_graph.h"
#include "kg/query/value.h"

namespace kg::query {

struct QueryOptions {
  // A query that would return more rows than this stops with an error
  // (add LIMIT, or aggregate). Rows held for ORDER BY ... LIMIT count only up
  // to the limit.
  std::size_t max_rows = 1'000'000;
  // Wall-clock budget; variable-length patterns over hubs can explode.
  double timeout_seconds = 30.0;
  // Optional adjacency-ordered edge columns of this graph (edge_columns.h)
  // for faster scans; ignored when built from another graph.
  const class EdgeColumns* columns = nullptr;
};

struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
};

// Throws kg::Error for syntax errors, unknown variables/properties/functions
// (with a caret under the place), type errors, and exceeded limits.
QueryResult run_query(const graph::KnowledgeGraph& graph, std::string_view query, const QueryOptions& options = {});

// Parses the query without a graph: throws kg::Error for syntax errors only.
void check_syntax(std::string_view query);

// Upper bound used for variable-length patterns written without one (*, *2..).
inline constexpr std::int64_t kDefaultMaxHops = 10;
// Largest upper bound a variable-length pattern may give.
inline constexpr std::int64_t kMaxHops = 50;

}  // namespace kg::query
