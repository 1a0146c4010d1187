// Evaluating bound expressions against one match (a Frame of bound
// variables). Three-valued logic as in Cypher: comparisons with null give
// null, WHERE keeps a row only when its condition is true.
#pragma once
#include <string_view>
#include <vector>

#include "bound.h"
#include "kg/graph/knowledge_graph.h"

namespace kg::query {

// The variables of one match, indexed by variable slot.
struct Frame {
  std::vector<graph::Vertex> nodes;
  std::vector<graph::Edge> rels;
  std::vector<graph::Symbol> relations;  // the relation of rels[slot], read when it was matched
  std::vector<std::vector<graph::Edge>> rel_lists;
  std::vector<PathValue> paths;
};

struct EvalEnv {
  const graph::KnowledgeGraph& kg;
  std::string_view query;  // for error carets
  const std::vector<BoundVariable>* variables = nullptr;
  const std::vector<Value>* aggregates = nullptr;  // after grouping
};

Value eval(const BoundExpr& e, const Frame& f, const EvalEnv& env);

// The truth of a WHERE condition: true only for boolean true.
inline bool holds(const Value& v) { return v.kind() == Value::Kind::Bool && v.as_bool(); }

}  // namespace kg::query
