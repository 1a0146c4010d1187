// Reading node and relationship properties out of the graph: the one place
// that knows how the query language's property names map onto ActorVertex
// and RelationEdge.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "bound.h"
#include "kg/graph/knowledge_graph.h"

namespace kg::query {

std::optional<NodeProp> node_prop_named(std::string_view key);
std::optional<RelProp> rel_prop_named(std::string_view key);
// "id, name, type, ..." for error messages.
std::string node_prop_names();
std::string rel_prop_names();

Value node_property(const graph::KnowledgeGraph& kg, graph::Vertex v, NodeProp p);
Value rel_property(const graph::KnowledgeGraph& kg, const graph::Edge& e, RelProp p);

}  // namespace kg::query
