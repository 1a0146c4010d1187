// The planner turns the bound MATCH patterns into a pipeline of steps: scan
// the most selective node of each pattern (an index lookup when its name or
// id is given), expand along the adjacency lists from there, and test each
// WHERE condition as soon as the variables it reads are bound.
#pragma once
#include <vector>

#include "bound.h"
#include "kg/graph/knowledge_graph.h"

namespace kg::query {

enum class StepKind : std::uint8_t { Scan, CheckNode, Expand, VarExpand, Shortest, Filter, BuildPath };

struct Step {
  StepKind kind = StepKind::Filter;
  const BoundNodePattern* node = nullptr;  // the node reached (Scan, CheckNode, Expand*, Shortest's target)
  const BoundRelPattern* rel = nullptr;
  int from = -1, to = -1;                  // node slots
  bool to_bound = false;                   // the node reached is already bound: compare instead
  Direction direction = Direction::Both;   // as traversed (reversed when expanding leftwards)
  bool reversed = false;                   // expanding right to left: rel lists are stored reversed
  // Relationship slots bound earlier in the same MATCH clause: a match never
  // uses one relationship twice there.
  std::vector<int> distinct_from, distinct_from_lists;
  // Scan: candidate vertices from an index when `seeded`, else every vertex.
  bool seeded = false;
  std::vector<graph::Vertex> seeds;
  const BoundExpr* filter = nullptr;
  const BoundPattern* pattern = nullptr;   // BuildPath, Shortest
};

// Node and relationship pattern constraints with their constant values
// evaluated once (and {name: ...} resolved through the alias index).
struct NodeConstraint {
  std::vector<std::vector<graph::Vertex>> name_sets;  // sorted; one per name/id property
  std::vector<std::pair<NodeProp, Value>> values;     // other properties
  bool impossible = false;                            // e.g. {name: 3}
};
struct RelConstraint {
  std::vector<std::pair<RelProp, Value>> values;
};

struct Plan {
  std::vector<Step> steps;
  std::vector<const BoundExpr*> constant_filters;  // conditions that read no variable
};

Plan make_plan(const BoundQuery& q, const graph::KnowledgeGraph& kg, std::string_view query_text);

// Vertices a WHERE condition `v.name = 'X'`, `v.id = 'X'` or `v.name IN [...]`
// restricts slot `var` to, or false when it does not.
bool seeds_from_condition(const BoundExpr& cond, int var, const graph::KnowledgeGraph& kg,
                          std::vector<graph::Vertex>& out);
// The candidates of a node pattern's {name:} / {id:} properties.
bool seeds_from_properties(const BoundNodePattern& n, const graph::KnowledgeGraph& kg,
                           std::vector<graph::Vertex>& out);

}  // namespace kg::query
