#include "kg/query/value.h"

#include <cmath>
#include <functional>

namespace kg::query {

Value Value::boolean(bool b) {
  Value v;
  v.kind_ = Kind::Bool;
  v.b_ = b;
  return v;
}
Value Value::integer(std::int64_t i) {
  Value v;
  v.kind_ = Kind::Int;
  v.i_ = i;
  return v;
}
Value Value::real(double d) {
  Value v;
  v.kind_ = Kind::Float;
  v.d_ = d;
  return v;
}
Value Value::string_view(std::string_view s) {
  Value v;
  v.kind_ = Kind::String;
  v.s_ = s;
  return v;
}
Value Value::string(std::string s) {
  Value v;
  v.kind_ = Kind::String;
  auto owned = std::make_shared<const std::string>(std::move(s));
  v.s_ = *owned;
  v.shared_ = std::move(owned);
  return v;
}
Value Value::node(graph::Vertex n) {
  Value v;
  v.kind_ = Kind::Node;
  v.v_ = n;
  return v;
}
Value Value::rel(graph::Edge e) {
  Value v;
  v.kind_ = Kind::Rel;
  v.e_ = e;
  return v;
}
Value Value::list(ValueList items) {
  Value v;
  v.kind_ = Kind::List;
  v.shared_ = std::make_shared<const ValueList>(std::move(items));
  return v;
}
Value Value::map(ValueMap items) {
  Value v;
  v.kind_ = Kind::Map;
  v.shared_ = std::make_shared<const ValueMap>(std::move(items));
  return v;
}
Value Value::path(PathValue p) {
  Value v;
  v.kind_ = Kind::Path;
  v.shared_ = std::make_shared<const PathValue>(std::move(p));
  return v;
}

const char* Value::kind_name(Kind k) {
  switch (k) {
    case Kind::Null: return "null";
    case Kind::Bool: return "boolean";
    case Kind::Int: return "integer";
    case Kind::Float: return "float";
    case Kind::String: return "string";
    case Kind::Node: return "node";
    case Kind::Rel: return "relationship";
    case Kind::List: return "list";
    case Kind::Map: return "map";
    case Kind::Path: return "path";
  }
  return "?";
}

namespace {

const void* edge_id(const graph::Edge& e) { return e.get_property(); }

// Rank of each kind in ORDER BY (numbers share one rank).
int kind_rank(Value::Kind k) {
  switch (k) {
    case Value::Kind::Int:
    case Value::Kind::Float: return 0;
    case Value::Kind::String: return 1;
    case Value::Kind::Bool: return 2;
    case Value::Kind::Node: return 3;
    case Value::Kind::Rel: return 4;
    case Value::Kind::List: return 5;
    case Value::Kind::Map: return 6;
    case Value::Kind::Path: return 7;
    case Value::Kind::Null: return 8;
  }
  return 9;
}

template <class T>
int cmp3(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

}  // namespace

bool same_value(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) {
    if (a.kind() == Value::Kind::Int && b.kind() == Value::Kind::Int) return a.as_int() == b.as_int();
    return a.as_double() == b.as_double();
  }
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::Null: return true;
    case Value::Kind::Bool: return a.as_bool() == b.as_bool();
    case Value::Kind::String: return a.as_string() == b.as_string();
    case Value::Kind::Node: return a.as_node() == b.as_node();
    case Value::Kind::Rel: return edge_id(a.as_rel()) == edge_id(b.as_rel());
    case Value::Kind::List: {
      const auto &x = a.as_list(), &y = b.as_list();
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (!same_value(x[i], y[i])) return false;
      return true;
    }
    case Value::Kind::Map: {
      const auto &x = a.as_map(), &y = b.as_map();
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i].first != y[i].first || !same_value(x[i].second, y[i].second)) return false;
      return true;
    }
    case Value::Kind::Path: {
      const auto &x = a.as_path(), &y = b.as_path();
      if (x.nodes != y.nodes || x.edges.size() != y.edges.size()) return false;
      for (std::size_t i = 0; i < x.edges.size(); ++i)
        if (edge_id(x.edges[i]) != edge_id(y.edges[i])) return false;
      return true;
    }
    default: return false;
  }
}

std::size_t hash_value(const Value& v) {
  auto mix = [](std::size_t h, std::size_t x) { return h ^ (x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)); };
  switch (v.kind()) {
    case Value::Kind::Null: return 0x51ed27;
    case Value::Kind::Bool: return v.as_bool() ? 0x1234567 : 0x7654321;
    case Value::Kind::Int:
    case Value::Kind::Float: {
      // 1 and 1.0 are the same group, so integral floats hash as integers.
      double d = v.as_double();
      if (v.kind() == Value::Kind::Int) return std::hash<std::int64_t>{}(v.as_int());
      if (std::floor(d) == d && std::fabs(d) < 9.2e18) return std::hash<std::int64_t>{}(static_cast<std::int64_t>(d));
      return std::hash<double>{}(d);
    }
    case Value::Kind::String: return std::hash<std::string_view>{}(v.as_string());
    case Value::Kind::Node: return mix(0x40de, std::hash<std::size_t>{}(v.as_node()));
    case Value::Kind::Rel: return mix(0x4e1, std::hash<const void*>{}(edge_id(v.as_rel())));
    case Value::Kind::List: {
      std::size_t h = 0x11577;
      for (const Value& x : v.as_list()) h = mix(h, hash_value(x));
      return h;
    }
    case Value::Kind::Map: {
      std::size_t h = 0x3a9;
      for (const auto& [k, x] : v.as_map()) h = mix(mix(h, std::hash<std::string>{}(k)), hash_value(x));
      return h;
    }
    case Value::Kind::Path: {
      std::size_t h = 0x9a7;
      for (auto n : v.as_path().nodes) h = mix(h, n);
      return h;
    }
  }
  return 0;
}

int order_compare(const Value& a, const Value& b) {
  int ra = kind_rank(a.kind()), rb = kind_rank(b.kind());
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.kind()) {
    case Value::Kind::Int:
    case Value::Kind::Float:
      if (a.kind() == Value::Kind::Int && b.kind() == Value::Kind::Int) return cmp3(a.as_int(), b.as_int());
      {
        double x = a.as_double(), y = b.as_double();
        if (std::isnan(x) || std::isnan(y)) return cmp3(std::isnan(x), std::isnan(y));  // NaN after numbers
        return cmp3(x, y);
      }
    case Value::Kind::String: return cmp3(a.as_string(), b.as_string());
    case Value::Kind::Bool: return cmp3(a.as_bool(), b.as_bool());
    case Value::Kind::Node: return cmp3(a.as_node(), b.as_node());
    case Value::Kind::Rel: return cmp3(edge_id(a.as_rel()), edge_id(b.as_rel()));
    case Value::Kind::List: {
      const auto &x = a.as_list(), &y = b.as_list();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (int c = order_compare(x[i], y[i])) return c;
      return cmp3(x.size(), y.size());
    }
    case Value::Kind::Map: return cmp3(a.as_map().size(), b.as_map().size());
    case Value::Kind::Path: return cmp3(a.as_path().edges.size(), b.as_path().edges.size());
    case Value::Kind::Null: return 0;
  }
  return 0;
}

std::size_t ValueRowHash::operator()(const std::vector<Value>& row) const {
  std::size_t h = row.size();
  for (const Value& v : row) h ^= hash_value(v) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h;
}
bool ValueRowEq::operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!same_value(a[i], b[i])) return false;
  return true;
}

}  // namespace kg::query
