// Binder: resolves the names in an AstQuery. Every variable gets a slot,
// every property an enum, every function an id; anything unknown is an
// error pointing at the place in the query.
#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <map>

#include "bound.h"
#include "properties.h"
#include "kg/query/query.h"
#include "query_error.h"

namespace kg::query {

bool is_aggregate(Func f) { return f >= Func::Count; }

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}
std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

struct FuncSpec {
  const char* name;
  Func func;
  int min_args, max_args;  // max -1: any number
};
constexpr std::array<FuncSpec, 28> kFuncs = {{
    {"id", Func::Id, 1, 1},           {"type", Func::Type, 1, 1},           {"labels", Func::Labels, 1, 1},
    {"size", Func::Size, 1, 1},       {"length", Func::Length, 1, 1},       {"nodes", Func::Nodes, 1, 1},
    {"relationships", Func::Relationships, 1, 1}, {"rels", Func::Relationships, 1, 1},
    {"startNode", Func::StartNode, 1, 1}, {"endNode", Func::EndNode, 1, 1}, {"toLower", Func::ToLower, 1, 1},
    {"lower", Func::ToLower, 1, 1},   {"toUpper", Func::ToUpper, 1, 1},     {"upper", Func::ToUpper, 1, 1},
    {"trim", Func::Trim, 1, 1},       {"toString", Func::ToString, 1, 1},   {"toInteger", Func::ToInteger, 1, 1},
    {"toFloat", Func::ToFloat, 1, 1}, {"coalesce", Func::Coalesce, 1, -1},  {"head", Func::Head, 1, 1},
    {"last", Func::Last, 1, 1},       {"abs", Func::Abs, 1, 1},             {"round", Func::Round, 1, 1},
    {"count", Func::Count, 1, 1},     {"collect", Func::Collect, 1, 1},     {"sum", Func::Sum, 1, 1},
    {"avg", Func::Avg, 1, 1},         {"min", Func::Min, 1, 1},
}};
// max is the 29th; kept apart to keep the table's size obvious above.
constexpr FuncSpec kMaxFunc = {"max", Func::Max, 1, 1};

const FuncSpec* find_func(std::string_view name) {
  if (iequals(name, kMaxFunc.name)) return &kMaxFunc;
  for (const auto& f : kFuncs)
    if (iequals(name, f.name)) return &f;
  return nullptr;
}

// Spellings under which a written label or type may be stored.
std::vector<graph::Symbol> spellings(const std::string& written, bool relation) {
  std::vector<std::string> forms{written, lower(written), upper(written)};
  std::string title = lower(written);
  if (!title.empty()) title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  forms.push_back(title);
  if (relation) {  // threaten_with and `threaten with` name the lemma "threaten with"
    std::string spaced = lower(written);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    forms.push_back(spaced);
    forms.push_back(upper(spaced));
  }
  std::vector<graph::Symbol> out;
  for (const auto& f : forms) {
    graph::Symbol s = graph::Symbol::find(f);
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
  return out;
}

class Binder {
 public:
  Binder(const AstQuery& ast, std::string_view q) : ast_(ast), q_(q) {}

  BoundQuery run() {
    for (std::size_t c = 0; c < ast_.matches.size(); ++c)
      for (const auto& p : ast_.matches[c].patterns) declare_pattern(p, c);
    for (std::size_t c = 0; c < ast_.matches.size(); ++c)
      for (const auto& p : ast_.matches[c].patterns) out_.patterns.push_back(bind_pattern(p, c));
    for (const auto& m : ast_.matches)
      if (m.where) split_conjuncts(bind_expr(*m.where, Scope::Where));
    bind_return();
    return std::move(out_);
  }

 private:
  enum class Scope { Where, Return, OrderBy, Constant };

  const AstQuery& ast_;
  std::string_view q_;
  BoundQuery out_;
  std::map<std::string, int> names_;
  std::map<std::string, std::size_t> name_pos_;

  [[noreturn]] void fail(std::size_t pos, const std::string& msg) const { fail_at(q_, pos, msg); }

  int new_var(const std::string& name, VarKind kind, std::size_t clause) {
    out_.variables.push_back({name, kind, clause});
    int slot = static_cast<int>(out_.variables.size() - 1);
    if (!name.empty()) names_[name] = slot;
    return slot;
  }

  static const char* kind_word(VarKind k) {
    switch (k) {
      case VarKind::Node: return "a node";
      case VarKind::Rel: return "a relationship";
      case VarKind::RelList: return "a list of relationships";
      case VarKind::Path: return "a path";
    }
    return "?";
  }

  int declare(const std::string& name, VarKind kind, std::size_t clause, std::size_t pos, bool may_repeat) {
    if (name.empty()) return new_var("", kind, clause);
    auto it = names_.find(name);
    if (it == names_.end()) {
      name_pos_[name] = pos;
      return new_var(name, kind, clause);
    }
    VarKind had = out_.variables[it->second].kind;
    if (had != kind)
      fail(pos, "variable '" + name + "' is " + kind_word(had) + " elsewhere in the query, here it would be " +
                    kind_word(kind));
    if (!may_repeat) fail(pos, "variable '" + name + "' is declared twice; relationship and path variables bind once");
    return it->second;
  }

  // Declares all variables first, so that a later pattern may reuse a node
  // variable of an earlier one and WHERE sees everything.
  std::vector<int> pattern_vars_;
  void declare_pattern(const AstPathPattern& p, std::size_t clause) {
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
      pattern_vars_.push_back(declare(p.nodes[i].variable, VarKind::Node, clause, p.nodes[i].pos, true));
      if (i < p.rels.size()) {
        const auto& r = p.rels[i];
        VarKind k = (r.variable_length || p.shortest) ? VarKind::RelList : VarKind::Rel;
        pattern_vars_.push_back(declare(r.variable, k, clause, r.pos, false));
      }
    }
    pattern_vars_.push_back(p.variable.empty() ? -1 : declare(p.variable, VarKind::Path, clause, p.pos, false));
  }

  std::size_t next_var_ = 0;
  int take_var() { return pattern_vars_[next_var_++]; }

  BoundPattern bind_pattern(const AstPathPattern& p, std::size_t clause) {
    BoundPattern bp;
    bp.shortest = p.shortest;
    bp.clause = clause;
    bp.pos = p.pos;
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
      bp.nodes.push_back(bind_node(p.nodes[i], take_var()));
      if (i < p.rels.size()) bp.rels.push_back(bind_rel(p.rels[i], take_var(), p.shortest));
    }
    bp.path_var = take_var();
    return bp;
  }

  BoundNodePattern bind_node(const AstNodePattern& n, int var) {
    BoundNodePattern bn;
    bn.var = var;
    for (const auto& group : n.labels) {
      std::vector<BoundLabel> alts;
      for (const auto& label : group) {
        BoundLabel l;
        if (iequals(label, "Actor")) l.pseudo = 1;
        else if (iequals(label, "Thing")) l.pseudo = 2;
        else l.types = spellings(label, false);
        alts.push_back(std::move(l));
      }
      bn.labels.push_back(std::move(alts));
    }
    for (const auto& prop : n.properties) {
      auto id = node_prop_named(prop.key);
      if (!id) fail(prop.pos, "unknown node property '" + prop.key + "' (nodes have: " + node_prop_names() + ")");
      bn.properties.emplace_back(*id, bind_expr(*prop.value, Scope::Constant));
    }
    return bn;
  }

  BoundRelPattern bind_rel(const AstRelPattern& r, int var, bool shortest) {
    BoundRelPattern br;
    br.var = var;
    br.direction = r.direction == AstDirection::Right ? Direction::Out
                   : r.direction == AstDirection::Left ? Direction::In
                                                      : Direction::Both;
    br.typed = !r.types.empty();
    for (const auto& t : r.types)
      for (graph::Symbol s : spellings(t, true))
        if (std::find(br.types.begin(), br.types.end(), s) == br.types.end()) br.types.push_back(s);
    br.variable_length = r.variable_length || shortest;
    if (br.variable_length) {
      br.min_hops = r.min_hops.value_or(1);
      if (shortest) {
        if (br.min_hops > 1) fail(r.pos, "shortestPath takes a lower bound of 0 or 1 hops");
        br.max_hops = r.max_hops.value_or(std::numeric_limits<std::int64_t>::max());
      } else {
        br.max_hops = r.max_hops.value_or(std::max(kDefaultMaxHops, br.min_hops));
        if (br.max_hops > kMaxHops)
          fail(r.pos, "variable-length patterns may span at most " + std::to_string(kMaxHops) + " hops");
      }
      if (br.min_hops < 0 || br.max_hops < br.min_hops)
        fail(r.pos, "bad hop range: the lower bound must be at least 0 and not above the upper bound");
    }
    for (const auto& prop : r.properties) {
      auto id = rel_prop_named(prop.key);
      if (!id)
        fail(prop.pos, "unknown relationship property '" + prop.key + "' (relationships have: " + rel_prop_names() +
                           ")");
      br.properties.emplace_back(*id, bind_expr(*prop.value, Scope::Constant));
    }
    return br;
  }

  void split_conjuncts(BoundExprPtr e) {
    if (e->kind == BoundKind::And) {
      for (auto& c : e->children) split_conjuncts(std::move(c));
      return;
    }
    out_.where.push_back(std::move(e));
  }

  // ---- expressions ----

  // Aliases visible in ORDER BY: name -> column.
  std::map<std::string, int> aliases_;
  bool in_aggregate_ = false;

  BoundExprPtr node(BoundKind kind, std::size_t pos) {
    auto e = std::make_unique<BoundExpr>();
    e->kind = kind;
    e->pos = pos;
    return e;
  }

  static void merge_deps(BoundExpr& e) {
    for (const auto& c : e.children) e.deps.insert(e.deps.end(), c->deps.begin(), c->deps.end());
    std::sort(e.deps.begin(), e.deps.end());
    e.deps.erase(std::unique(e.deps.begin(), e.deps.end()), e.deps.end());
  }

  BoundExprPtr bind_expr(const AstExpr& a, Scope scope) {
    BoundExprPtr e = node(BoundKind::Constant, a.pos);
    switch (a.kind) {
      case AstExprKind::Null: return e;
      case AstExprKind::Bool: e->constant = Value::boolean(a.bool_value); return e;
      case AstExprKind::Int: e->constant = Value::integer(a.int_value); return e;
      case AstExprKind::Float: e->constant = Value::real(a.float_value); return e;
      case AstExprKind::String: e->constant = Value::string(a.text); return e;
      case AstExprKind::Variable: return bind_variable(a, scope);
      case AstExprKind::Property: {
        BoundExprPtr base = bind_expr(*a.children[0], scope);
        if (base->kind == BoundKind::Var) {
          VarKind k = out_.variables[base->slot].kind;
          if (k == VarKind::Node) {
            auto id = node_prop_named(a.text);
            if (!id) fail(a.pos, "unknown node property '" + a.text + "' (nodes have: " + node_prop_names() + ")");
            e->kind = BoundKind::NodeProperty;
            e->prop = static_cast<std::uint8_t>(*id);
          } else if (k == VarKind::Rel) {
            auto id = rel_prop_named(a.text);
            if (!id)
              fail(a.pos, "unknown relationship property '" + a.text + "' (relationships have: " +
                              rel_prop_names() + ")");
            e->kind = BoundKind::RelProperty;
            e->prop = static_cast<std::uint8_t>(*id);
          } else {
            fail(a.pos, "'" + out_.variables[base->slot].name + "' is " + kind_word(k) +
                            " and has no properties; index it (r[0]." + a.text + ") or use relationships(p)");
          }
        } else {
          e->kind = BoundKind::MapKey;
          e->key = a.text;
        }
        e->children.push_back(std::move(base));
        break;
      }
      case AstExprKind::Index:
        e->kind = BoundKind::Index;
        for (const auto& c : a.children) e->children.push_back(bind_expr(*c, scope));
        break;
      case AstExprKind::List:
        e->kind = BoundKind::List;
        for (const auto& c : a.children) e->children.push_back(bind_expr(*c, scope));
        break;
      case AstExprKind::Map:
        e->kind = BoundKind::Map;
        e->keys = a.keys;
        for (const auto& c : a.children) e->children.push_back(bind_expr(*c, scope));
        break;
      case AstExprKind::Call: return bind_call(a, scope);
      default: {
        static const std::map<AstExprKind, BoundKind> ops = {
            {AstExprKind::Not, BoundKind::Not},         {AstExprKind::And, BoundKind::And},
            {AstExprKind::Or, BoundKind::Or},           {AstExprKind::Xor, BoundKind::Xor},
            {AstExprKind::Negate, BoundKind::Negate},   {AstExprKind::Add, BoundKind::Add},
            {AstExprKind::Sub, BoundKind::Sub},         {AstExprKind::Mul, BoundKind::Mul},
            {AstExprKind::Div, BoundKind::Div},         {AstExprKind::Mod, BoundKind::Mod},
            {AstExprKind::Eq, BoundKind::Eq},           {AstExprKind::Ne, BoundKind::Ne},
            {AstExprKind::Lt, BoundKind::Lt},           {AstExprKind::Le, BoundKind::Le},
            {AstExprKind::Gt, BoundKind::Gt},           {AstExprKind::Ge, BoundKind::Ge},
            {AstExprKind::In, BoundKind::In},           {AstExprKind::Contains, BoundKind::Contains},
            {AstExprKind::StartsWith, BoundKind::StartsWith}, {AstExprKind::EndsWith, BoundKind::EndsWith},
            {AstExprKind::IsNull, BoundKind::IsNull},   {AstExprKind::IsNotNull, BoundKind::IsNotNull}};
        e->kind = ops.at(a.kind);
        for (const auto& c : a.children) e->children.push_back(bind_expr(*c, scope));
      }
    }
    merge_deps(*e);
    return e;
  }

  BoundExprPtr bind_variable(const AstExpr& a, Scope scope) {
    if (scope == Scope::OrderBy) {
      auto al = aliases_.find(a.text);
      if (al != aliases_.end()) {
        auto e = node(BoundKind::ColumnRef, a.pos);
        e->slot = al->second;
        return e;
      }
    }
    if (scope == Scope::Constant)
      fail(a.pos, "property maps in patterns take constant values; compare with other variables in WHERE");
    auto it = names_.find(a.text);
    if (it == names_.end()) {
      std::string hint;
      if (!names_.empty()) {
        hint = " (known: ";
        bool first = true;
        for (const auto& [n, s] : names_) {
          hint += (first ? "" : ", ") + n;
          first = false;
        }
        hint += ")";
      }
      fail(a.pos, "unknown variable '" + a.text + "'" + hint);
    }
    auto e = node(BoundKind::Var, a.pos);
    e->slot = it->second;
    e->deps.push_back(it->second);
    return e;
  }

  BoundExprPtr bind_call(const AstExpr& a, Scope scope) {
    const FuncSpec* spec = find_func(a.text);
    if (!spec) fail(a.pos, "unknown function '" + a.text + "'");
    auto e = node(BoundKind::Call, a.pos);
    e->func = spec->func;
    e->distinct = a.distinct;
    e->star = a.star;
    bool agg = is_aggregate(spec->func);
    if (a.star && spec->func != Func::Count) fail(a.pos, "only count accepts '*'");
    if (a.distinct && !agg) fail(a.pos, "DISTINCT is only allowed in aggregate functions");
    int n = static_cast<int>(a.children.size());
    if (!a.star && (n < spec->min_args || (spec->max_args >= 0 && n > spec->max_args)))
      fail(a.pos, std::string(spec->name) + "() takes " +
                      (spec->max_args < 0 ? "at least " + std::to_string(spec->min_args)
                                          : std::to_string(spec->min_args)) +
                      " argument" + (spec->min_args == 1 ? "" : "s") + ", got " + std::to_string(n));
    if (agg) {
      if (scope == Scope::Where) fail(a.pos, "aggregate functions are not allowed in WHERE");
      if (scope == Scope::Constant) fail(a.pos, "aggregate functions are not allowed in a pattern");
      if (in_aggregate_) fail(a.pos, "aggregate functions cannot be nested");
      in_aggregate_ = true;
      for (const auto& c : a.children) e->children.push_back(bind_expr(*c, scope == Scope::OrderBy ? Scope::Return : scope));
      in_aggregate_ = false;
      merge_deps(*e);
      out_.aggregates.push_back(std::move(e));
      out_.aggregating = true;
      auto ref = node(BoundKind::AggregateRef, a.pos);
      ref->slot = static_cast<int>(out_.aggregates.size() - 1);
      return ref;  // no deps: evaluated after grouping
    }
    for (const auto& c : a.children) e->children.push_back(bind_expr(*c, scope));
    merge_deps(*e);
    return e;
  }

  static bool has_kind(const BoundExpr& e, BoundKind k) {
    if (e.kind == k) return true;
    return std::any_of(e.children.begin(), e.children.end(), [&](const auto& c) { return has_kind(*c, k); });
  }

  static std::string squeeze(std::string_view s) {
    std::string out;
    for (char c : s)
      if (!std::isspace(static_cast<unsigned char>(c))) out += c;
    return out;
  }

  std::int64_t bind_count(const AstExpr& a, const char* what) {
    BoundExprPtr e = bind_expr(a, Scope::Constant);
    if (e->kind != BoundKind::Constant || e->constant.kind() != Value::Kind::Int || e->constant.as_int() < 0)
      fail(a.pos, std::string(what) + " takes a non-negative integer");
    return e->constant.as_int();
  }

  void bind_return() {
    const AstReturn& r = ast_.ret;
    out_.distinct = r.distinct;
    std::map<std::string, std::size_t> seen;
    auto add_column = [&](std::string name, BoundExprPtr expr, std::size_t pos) {
      if (seen.count(name)) fail(pos, "column '" + name + "' appears twice in RETURN; rename one with AS");
      seen[name] = out_.columns.size();
      BoundReturnColumn col;
      col.name = std::move(name);
      col.aggregate = has_kind(*expr, BoundKind::AggregateRef);
      col.expr = std::move(expr);
      out_.columns.push_back(std::move(col));
    };
    if (r.star) {
      bool any = false;
      for (std::size_t v = 0; v < out_.variables.size(); ++v) {
        const auto& var = out_.variables[v];
        if (var.name.empty() || names_.at(var.name) != static_cast<int>(v)) continue;
        auto e = node(BoundKind::Var, name_pos_[var.name]);
        e->slot = static_cast<int>(v);
        e->deps.push_back(e->slot);
        add_column(var.name, std::move(e), r.pos);
        any = true;
      }
      if (!any) fail(r.pos, "RETURN * needs at least one named variable in the pattern");
    }
    std::vector<int> item_cols;
    for (const auto& item : r.items) {
      BoundExprPtr e = bind_expr(*item.expr, Scope::Return);
      std::string name = item.alias.empty() ? item.text : item.alias;
      item_cols.push_back(static_cast<int>(out_.columns.size()));
      add_column(name, std::move(e), item.expr->pos);
      const auto& c = out_.columns.back();
      if (c.aggregate && !c.expr->deps.empty())
        fail(item.expr->pos,
             "this RETURN item mixes an aggregate with a variable outside it; return the variable as its own column");
    }
    out_.visible_columns = out_.columns.size();
    for (std::size_t i = 0; i < r.items.size(); ++i)
      if (!r.items[i].alias.empty()) aliases_[r.items[i].alias] = item_cols[i];
    // ORDER BY: an alias, an expression written as in RETURN, or (when not
    // aggregating) any expression over the pattern variables.
    for (const auto& s : r.order_by) {
      BoundSort sort;
      sort.descending = s.descending;
      std::string text = squeeze(q_.substr(s.expr->pos, s.expr->end - s.expr->pos));
      for (std::size_t i = 0; i < r.items.size() && sort.column < 0; ++i)
        if (squeeze(r.items[i].text) == text) sort.column = item_cols[i];
      if (sort.column < 0) {
        std::size_t aggs_before = out_.aggregates.size();
        BoundExprPtr e = bind_expr(*s.expr, Scope::OrderBy);
        if (e->kind == BoundKind::ColumnRef) {
          sort.column = e->slot;
        } else {
          bool agg = out_.aggregates.size() > aggs_before;
          if (out_.distinct)
            fail(s.expr->pos, "with RETURN DISTINCT, ORDER BY may only use returned columns");
          if (out_.aggregating && !(agg && e->deps.empty() && !has_kind(*e, BoundKind::ColumnRef)))
            fail(s.expr->pos, "when aggregating, ORDER BY may only use returned columns, their aliases or aggregates");
          if (has_kind(*e, BoundKind::ColumnRef))
            fail(s.expr->pos, "ORDER BY expressions may use an alias only on its own");
          BoundReturnColumn col;
          col.name = "";
          col.aggregate = agg;
          col.hidden = true;
          col.expr = std::move(e);
          out_.columns.push_back(std::move(col));
          sort.column = static_cast<int>(out_.columns.size() - 1);
        }
      }
      out_.order_by.push_back(sort);
    }
    if (r.skip) out_.skip = bind_count(*r.skip, "SKIP");
    if (r.limit) out_.limit = bind_count(*r.limit, "LIMIT");
  }
};

}  // namespace

BoundQuery bind_query(const AstQuery& ast, std::string_view query_text) { return Binder(ast, query_text).run(); }

}  // namespace kg::query
