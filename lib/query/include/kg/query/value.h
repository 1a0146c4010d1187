// A value in a query: what expressions produce and result rows hold.
// Strings from the graph are views into its interned strings (no copy per
// row); computed strings own their storage. Nodes, relationships and paths
// refer to the graph, so results are only meaningful next to the graph they
// came from.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph/model.h"

namespace kg::query {

class Value;
using ValueList = std::vector<Value>;
using ValueMap = std::vector<std::pair<std::string, Value>>;  // keys in written order

struct PathValue {
  std::vector<graph::Vertex> nodes;  // nodes.size() == edges.size() + 1
  std::vector<graph::Edge> edges;
};

class Value {
 public:
  enum class Kind : std::uint8_t { Null, Bool, Int, Float, String, Node, Rel, List, Map, Path };

  Value() = default;
  static Value boolean(bool b);
  static Value integer(std::int64_t i);
  static Value real(double d);
  // A view into storage that outlives the query (the graph's interned strings).
  static Value string_view(std::string_view s);
  static Value string(std::string s);
  static Value node(graph::Vertex v);
  static Value rel(graph::Edge e);
  static Value list(ValueList items);
  static Value map(ValueMap items);
  static Value path(PathValue p);

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::Null; }
  bool is_number() const { return kind_ == Kind::Int || kind_ == Kind::Float; }
  bool as_bool() const { return b_; }
  std::int64_t as_int() const { return i_; }
  double as_double() const { return kind_ == Kind::Int ? static_cast<double>(i_) : d_; }
  std::string_view as_string() const { return s_; }
  graph::Vertex as_node() const { return v_; }
  const graph::Edge& as_rel() const { return e_; }
  const ValueList& as_list() const { return *static_cast<const ValueList*>(shared_.get()); }
  const ValueMap& as_map() const { return *static_cast<const ValueMap*>(shared_.get()); }
  const PathValue& as_path() const { return *static_cast<const PathValue*>(shared_.get()); }

  // Name of the kind for error messages: "string", "node", ...
  static const char* kind_name(Kind k);

 private:
  Kind kind_ = Kind::Null;
  union {
    bool b_;
    std::int64_t i_ = 0;
    double d_;
    graph::Vertex v_;
  };
  std::string_view s_;
  graph::Edge e_;
  std::shared_ptr<const void> shared_;  // owned string, list, map or path
};

// Equality as Cypher defines it for grouping and DISTINCT: null equals null,
// 1 equals 1.0, lists element-wise.
bool same_value(const Value& a, const Value& b);
std::size_t hash_value(const Value& v);
// A total order for ORDER BY: numbers, then strings, booleans, nodes, rels,
// lists, maps, paths; null last.
int order_compare(const Value& a, const Value& b);

struct ValueRowHash {
  std::size_t operator()(const std::vector<Value>& row) const;
};
struct ValueRowEq {
  bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const;
};

}  // namespace kg::query
