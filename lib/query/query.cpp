#include "kg/query/query.h"

#include "bound.h"
#include "executor.h"
#include "kg/query/parser.h"
#include "plan.h"

namespace kg::query {

void check_syntax(std::string_view query) { parse_query(query); }

QueryResult run_query(const graph::KnowledgeGraph& graph, std::string_view query, const QueryOptions& options) {
  AstQuery ast = parse_query(query);
  BoundQuery bound = bind_query(ast, query);
  Plan plan = make_plan(bound, graph, query);
  return execute(bound, plan, graph, query, options);
}

}  // namespace kg::query
