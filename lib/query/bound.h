// The bound form of a query: variables resolved to slots, properties to
// enums, functions to ids, and the MATCH patterns kept as data for the
// planner. Produced by bind() (binder.cpp), consumed by the planner and
// executor.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kg/graph/symbol.h"
#include "kg/query/ast.h"
#include "kg/query/value.h"

namespace kg::query {

enum class VarKind : std::uint8_t { Node, Rel, RelList, Path };

struct BoundVariable {
  std::string name;  // "" for anonymous pattern parts
  VarKind kind = VarKind::Node;
  std::size_t clause = 0;  // MATCH clause that introduced it (relationship uniqueness is per clause)
};

enum class NodeProp : std::uint8_t { Id, Name, Type, Actor, Mentions, Aliases, Documents, Degree, InDegree, OutDegree };
enum class RelProp : std::uint8_t {
  Relation, EventClass, QuadClass, Negated, Modality, Count, Confidence, Evidence, Surface, Documents, Sentences
};

enum class Func : std::uint8_t {
  // scalar
  Id, Type, Labels, Size, Length, Nodes, Relationships, StartNode, EndNode, ToLower, ToUpper, Trim, ToString,
  ToInteger, ToFloat, Coalesce, Head, Last, Abs, Round,
  // aggregate
  Count, Collect, Sum, Avg, Min, Max,
};
bool is_aggregate(Func f);

enum class BoundKind : std::uint8_t {
  Constant,
  Var,        // node, relationship, relationship list or path slot
  NamedPath,  // p = (a)-[r]->(b): built from the component variables
  NodeProperty, RelProperty,
  MapKey,     // expr.key on a map (evidence items)
  Index,
  List, Map,
  Not, And, Or, Xor, Negate,
  Add, Sub, Mul, Div, Mod,
  Eq, Ne, Lt, Le, Gt, Ge,
  In, Contains, StartsWith, EndsWith, IsNull, IsNotNull,
  Call,
  AggregateRef,  // result of aggregate #slot, after grouping
  ColumnRef,     // ORDER BY on output column #slot
};

struct BoundExpr {
  BoundKind kind = BoundKind::Constant;
  std::size_t pos = 0;
  Value constant;
  int slot = -1;           // variable, aggregate or column index
  std::uint8_t prop = 0;   // NodeProp / RelProp
  Func func = Func::Id;
  bool distinct = false, star = false;
  std::string key;         // MapKey, Map keys joined by children order
  std::vector<std::string> keys;
  std::vector<std::unique_ptr<BoundExpr>> children;
  std::vector<int> deps;   // variable slots read (sorted, unique); for filter placement
};
using BoundExprPtr = std::unique_ptr<BoundExpr>;

// Node labels: each group must match; within a group any alternative.
// "Actor"/"Thing" are pseudo-labels for the actor flag.
struct BoundLabel {
  std::vector<graph::Symbol> types;  // spellings of the written type found in the graph
  int pseudo = 0;                    // 1 Actor, 2 Thing
};

struct BoundNodePattern {
  int var = -1;
  std::vector<std::vector<BoundLabel>> labels;
  // {name: ...} matches through the alias index; every other key compares
  // the property value.
  std::vector<std::pair<NodeProp, BoundExprPtr>> properties;
};

enum class Direction : std::uint8_t { Out, In, Both };

struct BoundRelPattern {
  int var = -1;  // Rel slot, or RelList slot when variable_length
  std::vector<graph::Symbol> types;  // empty: any; else relation lemma or event class spellings
  bool typed = false;                // types were written (an empty set then matches nothing)
  Direction direction = Direction::Both;
  bool variable_length = false;
  std::int64_t min_hops = 1, max_hops = 1;
  std::vector<std::pair<RelProp, BoundExprPtr>> properties;
};

struct BoundPattern {
  int path_var = -1;
  bool shortest = false;
  std::size_t clause = 0;
  std::size_t pos = 0;
  std::vector<BoundNodePattern> nodes;
  std::vector<BoundRelPattern> rels;
};

struct BoundReturnColumn {
  std::string name;
  BoundExprPtr expr;
  bool aggregate = false;  // contains aggregates (evaluated after grouping)
  bool hidden = false;     // only there for ORDER BY
};

struct BoundSort {
  int column = -1;
  bool descending = false;
};

struct BoundQuery {
  std::vector<BoundVariable> variables;
  std::vector<BoundPattern> patterns;
  std::vector<BoundExprPtr> where;  // conjuncts of every WHERE
  std::vector<BoundReturnColumn> columns;
  std::vector<BoundExprPtr> aggregates;  // Call nodes with aggregate functions
  bool aggregating = false;
  bool distinct = false;
  std::vector<BoundSort> order_by;
  std::optional<std::int64_t> skip, limit;
  std::size_t visible_columns = 0;
};

// Checks every name and builds the bound query; throws kg::Error with a
// caret under the unknown variable, property or function.
BoundQuery bind_query(const AstQuery& ast, std::string_view query_text);

}  // namespace kg::query
