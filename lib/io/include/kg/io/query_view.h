// The part of a graph a query returns, as a graph to draw or export.
#pragma once
#include <string_view>

#include "kg/graph/knowledge_graph.h"

namespace kg::io {

// Runs `cypher` and keeps every node, relationship and path in its result
// (also inside lists and maps). When the result holds nodes but no
// relationships, the edges between those nodes are kept, so `MATCH (n) ...
// RETURN n` draws a connected picture. Throws kg::Error for a bad query or
// one whose result holds nothing drawable.
graph::BoostGraph query_view(const graph::KnowledgeGraph& g, std::string_view cypher);

}  // namespace kg::io
