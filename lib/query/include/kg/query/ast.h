// The parsed form of a query, before names are checked: what the parser
// produces and the binder consumes. Every node records the byte offset where it
// starts in the query text, so later stages can point at it in errors.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kg::query {

enum class AstExprKind : std::uint8_t {
  Null, Bool, Int, Float, String,  // literals
  List,                            // [a, b, c]
  Map,                             // {key: value, ...}
  Variable,                        // n
  Property,                        // expr.key
  Index,                           // expr[expr]
  Call,                            // f(args), f(DISTINCT x), count(*)
  Not, And, Or, Xor,
  Negate,                          // -x
  Add, Sub, Mul, Div, Mod,
  Eq, Ne, Lt, Le, Gt, Ge,
  In, Contains, StartsWith, EndsWith,
  IsNull, IsNotNull,
};

struct AstExpr {
  AstExprKind kind = AstExprKind::Null;
  std::size_t pos = 0, end = 0;  // byte range in the query text
  std::size_t height = 1;        // 1 + the tallest child: bounded by the parser
  bool bool_value = false;
  std::int64_t int_value = 0;
  double float_value = 0.0;
  std::string text;              // string value, variable name, property key or function name
  bool distinct = false;         // f(DISTINCT x)
  bool star = false;             // count(*)
  std::vector<std::unique_ptr<AstExpr>> children;
  std::vector<std::string> keys;  // Map: one key per child
};
using AstExprPtr = std::unique_ptr<AstExpr>;

// A property map in a pattern: {name: 'Kim Jong-un', type: 'PERSON'}.
struct AstProperty {
  std::string key;
  std::size_t pos = 0;
  AstExprPtr value;
};

struct AstNodePattern {
  std::string variable;  // "" when anonymous
  std::size_t pos = 0;
  // Labels: every group must match; a group matches when any of its
  // alternatives does. (:PERSON|ORG) is one group, (:Actor:PERSON) two.
  std::vector<std::vector<std::string>> labels;
  std::vector<AstProperty> properties;
};

enum class AstDirection : std::uint8_t { Right, Left, Both };  // ->, <-, -

struct AstRelPattern {
  std::string variable;
  std::size_t pos = 0;
  std::vector<std::string> types;  // alternatives
  AstDirection direction = AstDirection::Both;
  bool variable_length = false;   // *min..max
  std::optional<std::int64_t> min_hops, max_hops;
  std::vector<AstProperty> properties;
};

// (a)-[r]->(b)<-[s]-(c): nodes.size() == rels.size() + 1.
struct AstPathPattern {
  std::string variable;  // p = ...
  std::size_t pos = 0;
  bool shortest = false;  // shortestPath(...)
  std::vector<AstNodePattern> nodes;
  std::vector<AstRelPattern> rels;
};

struct AstMatch {
  std::size_t pos = 0;
  std::vector<AstPathPattern> patterns;
  AstExprPtr where;  // null when absent
};

struct AstReturnItem {
  AstExprPtr expr;       // null for RETURN *
  std::string alias;     // "" when absent
  std::string text;      // the expression as written (the default column name)
};

struct AstSortItem {
  AstExprPtr expr;
  bool descending = false;
};

struct AstReturn {
  std::size_t pos = 0;
  bool distinct = false;
  bool star = false;  // RETURN *
  std::vector<AstReturnItem> items;
  std::vector<AstSortItem> order_by;
  AstExprPtr skip, limit;
};

struct AstQuery {
  std::vector<AstMatch> matches;
  AstReturn ret;
};

}  // namespace kg::query
