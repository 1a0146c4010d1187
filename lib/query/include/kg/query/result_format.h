// Turning query results into the shared output table (kg/graph/table.h):
// aligned text for people, TSV for pipelines, JSON for programs.
#pragma once
#include <string>

#include "kg/graph/knowledge_graph.h"
#include "kg/graph/table.h"
#include "kg/query/query.h"
#include "kg/query/value.h"

namespace kg::query {

// How a value reads in a cell: strings as they are, nodes by name,
// relationships as (A)-[relation]->(B), paths as (A)-[r]->(B)<-[s]-(C),
// maps as {key: value, ...}.
std::string display(const graph::KnowledgeGraph& kg, const Value& v);

// Numbers, booleans, strings and null keep their type (JSON output shows
// them typed); lists become lists; nodes, relationships, maps and paths
// become their display text.
graph::Cell to_cell(const graph::KnowledgeGraph& kg, const Value& v);
graph::Table to_table(const graph::KnowledgeGraph& kg, const QueryResult& result);

}  // namespace kg::query
