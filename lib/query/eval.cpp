#include "eval.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "kg/query/result_format.h"
#include "properties.h"
#include "query_error.h"

namespace kg::query {
namespace {

using K = Value::Kind;

[[noreturn]] void type_error(const EvalEnv& env, const BoundExpr& e, const std::string& msg) {
  fail_at(env.query, e.pos, msg);
}

Value tri(bool b) { return Value::boolean(b); }

// 1: true, 0: false, -1: null; anything else is a type error.
int truth(const Value& v, const BoundExpr& e, const EvalEnv& env) {
  if (v.is_null()) return -1;
  if (v.kind() != K::Bool)
    type_error(env, e, std::string("expected a boolean but got ") + Value::kind_name(v.kind()));
  return v.as_bool() ? 1 : 0;
}

Value from_truth(int t) { return t < 0 ? Value() : tri(t == 1); }

// Comparable kinds for <, <=, >, >=: numbers with numbers, strings with strings, booleans with booleans.
bool comparable(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) return true;
  return a.kind() == b.kind() && (a.kind() == K::String || a.kind() == K::Bool);
}

// Equality with nulls propagating (1 = null is null), also inside lists.
Value equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (a.kind() == K::List && b.kind() == K::List) {
    const auto &x = a.as_list(), &y = b.as_list();
    if (x.size() != y.size()) return tri(false);
    bool unknown = false;
    for (std::size_t i = 0; i < x.size(); ++i) {
      Value r = equals(x[i], y[i]);
      if (r.is_null()) unknown = true;
      else if (!r.as_bool()) return tri(false);
    }
    return unknown ? Value() : tri(true);
  }
  return tri(same_value(a, b));
}

std::string lowered(std::string_view s, bool up) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(up ? std::toupper(static_cast<unsigned char>(c)) : std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Value arithmetic(BoundKind op, const Value& a, const Value& b, const BoundExpr& e, const EvalEnv& env) {
  if (a.is_null() || b.is_null()) return {};
  if (op == BoundKind::Add) {
    if (a.kind() == K::List || b.kind() == K::List) {
      ValueList out;
      if (a.kind() == K::List) out = a.as_list();
      else out.push_back(a);
      if (b.kind() == K::List) out.insert(out.end(), b.as_list().begin(), b.as_list().end());
      else out.push_back(b);
      return Value::list(std::move(out));
    }
    if (a.kind() == K::String || b.kind() == K::String) {
      if ((a.kind() == K::String || a.is_number()) && (b.kind() == K::String || b.is_number()))
        return Value::string(display(env.kg, a) + display(env.kg, b));
    }
  }
  if (!a.is_number() || !b.is_number())
    type_error(env, e, std::string("cannot apply an arithmetic operator to ") + Value::kind_name(a.kind()) + " and " +
                           Value::kind_name(b.kind()));
  if (a.kind() == K::Int && b.kind() == K::Int) {
    std::int64_t x = a.as_int(), y = b.as_int(), r = 0;
    bool overflow = false;
    switch (op) {
      case BoundKind::Add: overflow = __builtin_add_overflow(x, y, &r); break;
      case BoundKind::Sub: overflow = __builtin_sub_overflow(x, y, &r); break;
      case BoundKind::Mul: overflow = __builtin_mul_overflow(x, y, &r); break;
      case BoundKind::Div:
      case BoundKind::Mod:
        if (y == 0) type_error(env, e, "division by zero");
        if (x == std::numeric_limits<std::int64_t>::min() && y == -1) overflow = true;
        else r = op == BoundKind::Div ? x / y : x % y;
        break;
      default: break;
    }
    if (overflow) type_error(env, e, "integer overflow");
    return Value::integer(r);
  }
  double x = a.as_double(), y = b.as_double();
  switch (op) {
    case BoundKind::Add: return Value::real(x + y);
    case BoundKind::Sub: return Value::real(x - y);
    case BoundKind::Mul: return Value::real(x * y);
    case BoundKind::Div: return Value::real(x / y);
    case BoundKind::Mod: return Value::real(std::fmod(x, y));
    default: return {};
  }
}

Value path_nodes(const PathValue& p) {
  ValueList out;
  for (auto v : p.nodes) out.push_back(Value::node(v));
  return Value::list(std::move(out));
}
Value path_rels(const PathValue& p) {
  ValueList out;
  for (const auto& r : p.edges) out.push_back(Value::rel(r));
  return Value::list(std::move(out));
}

Value dynamic_property(const Value& base, const std::string& key, const BoundExpr& e, const EvalEnv& env) {
  switch (base.kind()) {
    case K::Null: return {};
    case K::Map:
      for (const auto& [k, v] : base.as_map())
        if (k == key) return v;
      return {};
    case K::Node: {
      auto p = node_prop_named(key);
      if (!p) type_error(env, e, "unknown node property '" + key + "' (nodes have: " + node_prop_names() + ")");
      return node_property(env.kg, base.as_node(), *p);
    }
    case K::Rel: {
      auto p = rel_prop_named(key);
      if (!p)
        type_error(env, e, "unknown relationship property '" + key + "' (relationships have: " + rel_prop_names() + ")");
      return rel_property(env.kg, base.as_rel(), *p);
    }
    default:
      type_error(env, e, std::string("cannot read property '") + key + "' of a " + Value::kind_name(base.kind()));
  }
}

Value call(const BoundExpr& e, const Frame& f, const EvalEnv& env) {
  if (e.func == Func::Coalesce) {
    for (const auto& c : e.children) {
      Value v = eval(*c, f, env);
      if (!v.is_null()) return v;
    }
    return {};
  }
  Value a = eval(*e.children[0], f, env);
  if (a.is_null()) return {};
  auto want = [&](K k, const char* what) {
    if (a.kind() != k)
      type_error(env, e, std::string("expected ") + what + " but got " + Value::kind_name(a.kind()));
  };
  const graph::BoostGraph& g = env.kg.graph();
  switch (e.func) {
    case Func::Id:
      if (a.kind() == K::Node) return Value::string_view(env.kg[a.as_node()].id.view());
      want(K::Rel, "a node or relationship");
      return Value::string(std::string(env.kg[boost::source(a.as_rel(), g)].id.view()) + " -[" +
                           std::string(env.kg[a.as_rel()].relation.view()) + "]-> " +
                           std::string(env.kg[boost::target(a.as_rel(), g)].id.view()));
    case Func::Type: want(K::Rel, "a relationship"); return Value::string_view(env.kg[a.as_rel()].relation.view());
    case Func::Labels: {
      want(K::Node, "a node");
      const auto& v = env.kg[a.as_node()];
      ValueList out;
      if (!v.type.empty()) out.push_back(Value::string_view(v.type.view()));
      out.push_back(Value::string_view(v.actor ? "Actor" : "Thing"));
      return Value::list(std::move(out));
    }
    case Func::Size:
    case Func::Length:
      if (a.kind() == K::List) return Value::integer(static_cast<std::int64_t>(a.as_list().size()));
      if (a.kind() == K::String) return Value::integer(static_cast<std::int64_t>(a.as_string().size()));
      if (a.kind() == K::Path) return Value::integer(static_cast<std::int64_t>(a.as_path().edges.size()));
      type_error(env, e, std::string("expected a list, string or path but got ") + Value::kind_name(a.kind()));
    case Func::Nodes: want(K::Path, "a path"); return path_nodes(a.as_path());
    case Func::Relationships:
      if (a.kind() == K::List) return a;
      want(K::Path, "a path");
      return path_rels(a.as_path());
    case Func::StartNode: want(K::Rel, "a relationship"); return Value::node(boost::source(a.as_rel(), g));
    case Func::EndNode: want(K::Rel, "a relationship"); return Value::node(boost::target(a.as_rel(), g));
    case Func::ToLower:
    case Func::ToUpper:
      want(K::String, "a string");
      return Value::string(lowered(a.as_string(), e.func == Func::ToUpper));
    case Func::Trim: {
      want(K::String, "a string");
      std::string_view s = a.as_string();
      while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
      while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
      return Value::string(std::string(s));
    }
    case Func::ToString: return a.kind() == K::String ? a : Value::string(display(env.kg, a));
    case Func::ToInteger:
      if (a.kind() == K::Int) return a;
      if (a.kind() == K::Float) return std::isfinite(a.as_double()) ? Value::integer(static_cast<std::int64_t>(a.as_double())) : Value();
      if (a.kind() == K::String) {
        std::int64_t i = 0;
        auto s = a.as_string();
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
        return ec == std::errc() && p == s.data() + s.size() ? Value::integer(i) : Value();
      }
      type_error(env, e, std::string("cannot convert ") + Value::kind_name(a.kind()) + " to an integer");
    case Func::ToFloat:
      if (a.is_number()) return Value::real(a.as_double());
      if (a.kind() == K::String) {
        std::string s(a.as_string());
        char* end = nullptr;
        double d = std::strtod(s.c_str(), &end);
        return !s.empty() && end == s.c_str() + s.size() ? Value::real(d) : Value();
      }
      type_error(env, e, std::string("cannot convert ") + Value::kind_name(a.kind()) + " to a float");
    case Func::Head:
      want(K::List, "a list");
      return a.as_list().empty() ? Value() : a.as_list().front();
    case Func::Last:
      want(K::List, "a list");
      return a.as_list().empty() ? Value() : a.as_list().back();
    case Func::Abs:
      if (a.kind() == K::Int) {
        if (a.as_int() == std::numeric_limits<std::int64_t>::min()) type_error(env, e, "integer overflow");
        return Value::integer(a.as_int() < 0 ? -a.as_int() : a.as_int());
      }
      want(K::Float, "a number");
      return Value::real(std::fabs(a.as_double()));
    case Func::Round:
      if (a.kind() == K::Int) return a;
      want(K::Float, "a number");
      return Value::real(std::round(a.as_double()));
    default: break;
  }
  type_error(env, e, "aggregate function used outside RETURN");
}

}  // namespace

Value eval(const BoundExpr& e, const Frame& f, const EvalEnv& env) {
  switch (e.kind) {
    case BoundKind::Constant: return e.constant;
    case BoundKind::Var: {
      auto slot = static_cast<std::size_t>(e.slot);
      switch ((*env.variables)[slot].kind) {
        case VarKind::Node: return Value::node(f.nodes[slot]);
        case VarKind::Rel: return Value::rel(f.rels[slot]);
        case VarKind::RelList: {
          ValueList out;
          out.reserve(f.rel_lists[slot].size());
          for (const auto& r : f.rel_lists[slot]) out.push_back(Value::rel(r));
          return Value::list(std::move(out));
        }
        case VarKind::Path: return Value::path(f.paths[slot]);
      }
      return {};
    }
    case BoundKind::NodeProperty: {
      const BoundExpr& base = *e.children[0];
      return node_property(env.kg, f.nodes[base.slot], static_cast<NodeProp>(e.prop));
    }
    case BoundKind::RelProperty: {
      const BoundExpr& base = *e.children[0];
      if (static_cast<RelProp>(e.prop) == RelProp::Relation) return Value::string_view(f.relations[base.slot].view());
      return rel_property(env.kg, f.rels[base.slot], static_cast<RelProp>(e.prop));
    }
    case BoundKind::MapKey: return dynamic_property(eval(*e.children[0], f, env), e.key, e, env);
    case BoundKind::Index: {
      Value base = eval(*e.children[0], f, env), idx = eval(*e.children[1], f, env);
      if (base.is_null() || idx.is_null()) return {};
      if (base.kind() == K::List) {
        if (idx.kind() != K::Int) type_error(env, e, "a list index must be an integer");
        const auto& l = base.as_list();
        std::int64_t i = idx.as_int();
        if (i < 0) i += static_cast<std::int64_t>(l.size());
        return i >= 0 && i < static_cast<std::int64_t>(l.size()) ? l[static_cast<std::size_t>(i)] : Value();
      }
      if (idx.kind() == K::String) return dynamic_property(base, std::string(idx.as_string()), e, env);
      type_error(env, e, std::string("cannot index a ") + Value::kind_name(base.kind()));
    }
    case BoundKind::List: {
      ValueList out;
      out.reserve(e.children.size());
      for (const auto& c : e.children) out.push_back(eval(*c, f, env));
      return Value::list(std::move(out));
    }
    case BoundKind::Map: {
      ValueMap out;
      for (std::size_t i = 0; i < e.children.size(); ++i) out.emplace_back(e.keys[i], eval(*e.children[i], f, env));
      return Value::map(std::move(out));
    }
    case BoundKind::Not: {
      int t = truth(eval(*e.children[0], f, env), e, env);
      return from_truth(t < 0 ? -1 : !t);
    }
    case BoundKind::And: {
      int a = truth(eval(*e.children[0], f, env), e, env);
      if (a == 0) return tri(false);
      int b = truth(eval(*e.children[1], f, env), e, env);
      if (b == 0) return tri(false);
      return from_truth(a < 0 || b < 0 ? -1 : 1);
    }
    case BoundKind::Or: {
      int a = truth(eval(*e.children[0], f, env), e, env);
      if (a == 1) return tri(true);
      int b = truth(eval(*e.children[1], f, env), e, env);
      if (b == 1) return tri(true);
      return from_truth(a < 0 || b < 0 ? -1 : 0);
    }
    case BoundKind::Xor: {
      int a = truth(eval(*e.children[0], f, env), e, env);
      int b = truth(eval(*e.children[1], f, env), e, env);
      return from_truth(a < 0 || b < 0 ? -1 : (a != b));
    }
    case BoundKind::Negate: {
      Value v = eval(*e.children[0], f, env);
      if (v.is_null()) return {};
      if (v.kind() == K::Int) {
        if (v.as_int() == std::numeric_limits<std::int64_t>::min()) type_error(env, e, "integer overflow");
        return Value::integer(-v.as_int());
      }
      if (v.kind() == K::Float) return Value::real(-v.as_double());
      type_error(env, e, std::string("cannot negate a ") + Value::kind_name(v.kind()));
    }
    case BoundKind::Add:
    case BoundKind::Sub:
    case BoundKind::Mul:
    case BoundKind::Div:
    case BoundKind::Mod:
      return arithmetic(e.kind, eval(*e.children[0], f, env), eval(*e.children[1], f, env), e, env);
    case BoundKind::Eq: return equals(eval(*e.children[0], f, env), eval(*e.children[1], f, env));
    case BoundKind::Ne: {
      Value r = equals(eval(*e.children[0], f, env), eval(*e.children[1], f, env));
      return r.is_null() ? r : tri(!r.as_bool());
    }
    case BoundKind::Lt:
    case BoundKind::Le:
    case BoundKind::Gt:
    case BoundKind::Ge: {
      Value a = eval(*e.children[0], f, env), b = eval(*e.children[1], f, env);
      if (a.is_null() || b.is_null() || !comparable(a, b)) return {};
      if (a.is_number() && (std::isnan(a.as_double()) || std::isnan(b.as_double()))) return tri(false);
      int c = order_compare(a, b);
      switch (e.kind) {
        case BoundKind::Lt: return tri(c < 0);
        case BoundKind::Le: return tri(c <= 0);
        case BoundKind::Gt: return tri(c > 0);
        default: return tri(c >= 0);
      }
    }
    case BoundKind::In: {
      Value a = eval(*e.children[0], f, env), list = eval(*e.children[1], f, env);
      if (list.is_null()) return {};
      if (list.kind() != K::List)
        type_error(env, e, std::string("IN needs a list on its right but got ") + Value::kind_name(list.kind()));
      if (a.is_null()) return list.as_list().empty() ? tri(false) : Value();
      bool unknown = false;
      for (const Value& x : list.as_list()) {
        Value r = equals(a, x);
        if (r.is_null()) unknown = true;
        else if (r.as_bool()) return tri(true);
      }
      return unknown ? Value() : tri(false);
    }
    case BoundKind::Contains:
    case BoundKind::StartsWith:
    case BoundKind::EndsWith: {
      Value a = eval(*e.children[0], f, env), b = eval(*e.children[1], f, env);
      if (a.kind() != K::String || b.kind() != K::String) return {};
      std::string_view s = a.as_string(), t = b.as_string();
      if (e.kind == BoundKind::Contains) return tri(s.find(t) != std::string_view::npos);
      if (e.kind == BoundKind::StartsWith) return tri(s.substr(0, t.size()) == t);
      return tri(s.size() >= t.size() && s.substr(s.size() - t.size()) == t);
    }
    case BoundKind::IsNull: return tri(eval(*e.children[0], f, env).is_null());
    case BoundKind::IsNotNull: return tri(!eval(*e.children[0], f, env).is_null());
    case BoundKind::Call: return call(e, f, env);
    case BoundKind::AggregateRef:
      return env.aggregates ? (*env.aggregates)[static_cast<std::size_t>(e.slot)] : Value();
    case BoundKind::NamedPath:
    case BoundKind::ColumnRef: break;
  }
  return {};
}

}  // namespace kg::query
