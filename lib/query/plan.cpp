#include "plan.h"

#include <algorithm>
#include <optional>

namespace kg::query {
namespace {

void add_unique_sorted(std::vector<graph::Vertex>& out, std::vector<graph::Vertex> more) {
  out.insert(out.end(), more.begin(), more.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

// Vertices named by a constant: through the alias index for names, exactly for ids.
bool lookup(NodeProp prop, const Value& v, const graph::KnowledgeGraph& kg, std::vector<graph::Vertex>& out) {
  if (v.kind() != Value::Kind::String) return true;  // matches nothing
  if (prop == NodeProp::Name) {
    add_unique_sorted(out, kg.find(v.as_string()));
  } else {
    if (auto x = kg.vertex(v.as_string())) add_unique_sorted(out, {*x});
  }
  return true;
}

bool is_var_prop(const BoundExpr& e, int var, NodeProp& prop) {
  if (e.kind != BoundKind::NodeProperty || e.children[0]->slot != var) return false;
  prop = static_cast<NodeProp>(e.prop);
  return prop == NodeProp::Name || prop == NodeProp::Id;
}

}  // namespace

bool seeds_from_condition(const BoundExpr& cond, int var, const graph::KnowledgeGraph& kg,
                          std::vector<graph::Vertex>& out) {
  NodeProp prop{};
  if (cond.kind == BoundKind::Eq) {
    const BoundExpr *a = cond.children[0].get(), *b = cond.children[1].get();
    if (!is_var_prop(*a, var, prop)) std::swap(a, b);
    if (!is_var_prop(*a, var, prop) || b->kind != BoundKind::Constant) return false;
    std::vector<graph::Vertex> found;
    lookup(prop, b->constant, kg, found);
    // WHERE compares exactly, so keep only candidates whose property is equal.
    for (auto v : found) {
      std::string_view have = prop == NodeProp::Name ? kg[v].name.view() : kg[v].id.view();
      if (b->constant.kind() == Value::Kind::String && have == b->constant.as_string()) out.push_back(v);
    }
    return true;
  }
  if (cond.kind == BoundKind::In && is_var_prop(*cond.children[0], var, prop)) {
    const BoundExpr& list = *cond.children[1];
    if (list.kind == BoundKind::Constant && list.constant.kind() == Value::Kind::List) {
      for (const Value& item : list.constant.as_list()) {
        std::vector<graph::Vertex> found;
        lookup(prop, item, kg, found);
        for (auto v : found) out.push_back(v);
      }
    } else if (list.kind == BoundKind::List) {
      for (const auto& item : list.children) {
        if (item->kind != BoundKind::Constant) return false;
        std::vector<graph::Vertex> found;
        lookup(prop, item->constant, kg, found);
        for (auto v : found) out.push_back(v);
      }
    } else {
      return false;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return true;
  }
  return false;
}

bool seeds_from_properties(const BoundNodePattern& n, const graph::KnowledgeGraph& kg,
                           std::vector<graph::Vertex>& out) {
  std::optional<std::vector<graph::Vertex>> result;
  for (const auto& [prop, expr] : n.properties) {
    if (prop != NodeProp::Name && prop != NodeProp::Id) continue;
    std::vector<graph::Vertex> found;
    lookup(prop, expr->constant, kg, found);
    if (!result) {
      result = std::move(found);
    } else {
      std::vector<graph::Vertex> both;
      std::set_intersection(result->begin(), result->end(), found.begin(), found.end(), std::back_inserter(both));
      result = std::move(both);
    }
  }
  if (!result) return false;
  out = std::move(*result);
  return true;
}

namespace {

class Planner {
 public:
  Planner(const BoundQuery& q, const graph::KnowledgeGraph& kg)
      : q_(q), kg_(kg), bound_(q.variables.size(), 0), placed_(q.where.size(), 0) {}

  Plan run() {
    for (std::size_t i = 0; i < q_.where.size(); ++i)
      if (q_.where[i]->deps.empty()) {
        plan_.constant_filters.push_back(q_.where[i].get());
        placed_[i] = 1;
      }
    std::vector<char> done(q_.patterns.size(), 0);
    for (std::size_t n = 0; n < q_.patterns.size(); ++n) {
      std::size_t best = 0, best_start = 0;
      int best_score = 1 << 30;
      for (std::size_t p = 0; p < q_.patterns.size(); ++p) {
        if (done[p]) continue;
        const BoundPattern& pat = q_.patterns[p];
        for (std::size_t j = 0; j < pat.nodes.size(); ++j) {
          if (pat.shortest && j != 0) continue;
          int s = pat.shortest ? std::min(score(pat.nodes[0]), score(pat.nodes[1])) : score(pat.nodes[j]);
          if (s < best_score) best_score = s, best = p, best_start = j;
        }
      }
      done[best] = 1;
      emit(q_.patterns[best], best_start);
    }
    place_filters();
    return std::move(plan_);
  }

 private:
  const BoundQuery& q_;
  const graph::KnowledgeGraph& kg_;
  std::vector<char> bound_, placed_;
  Plan plan_;
  std::vector<std::pair<std::size_t, int>> clause_rels_, clause_lists_;  // (clause, slot)

  // Lower is more selective.
  int score(const BoundNodePattern& n) {
    if (bound_[n.var]) return 0;
    for (const auto& [prop, e] : n.properties)
      if (prop == NodeProp::Id || prop == NodeProp::Name) return 1;
    std::vector<graph::Vertex> tmp;
    for (const auto& c : q_.where)
      if (seeds_from_condition(*c, n.var, kg_, tmp)) return 2;
    if (!n.labels.empty()) return 3;
    return 4;
  }

  void place_filters() {
    for (std::size_t i = 0; i < q_.where.size(); ++i) {
      if (placed_[i]) continue;
      const auto& deps = q_.where[i]->deps;
      if (!std::all_of(deps.begin(), deps.end(), [&](int d) { return bound_[d]; })) continue;
      Step s;
      s.kind = StepKind::Filter;
      s.filter = q_.where[i].get();
      plan_.steps.push_back(std::move(s));
      placed_[i] = 1;
    }
  }

  static bool constrained(const BoundNodePattern& n) { return !n.labels.empty() || !n.properties.empty(); }

  void bind_node(const BoundNodePattern& n) {
    if (bound_[n.var]) {
      if (constrained(n)) {
        Step s;
        s.kind = StepKind::CheckNode;
        s.node = &n;
        s.to = n.var;
        plan_.steps.push_back(std::move(s));
      }
      return;
    }
    Step s;
    s.kind = StepKind::Scan;
    s.node = &n;
    s.to = n.var;
    if (seeds_from_properties(n, kg_, s.seeds)) {
      s.seeded = true;
    } else {
      for (const auto& c : q_.where) {
        std::vector<graph::Vertex> tmp;
        if (seeds_from_condition(*c, n.var, kg_, tmp)) {
          s.seeds = std::move(tmp);
          s.seeded = true;
          break;
        }
      }
    }
    plan_.steps.push_back(std::move(s));
    bound_[n.var] = 1;
    place_filters();
  }

  void emit_expand(const BoundPattern& p, std::size_t rel_index, bool leftwards) {
    const BoundRelPattern& r = p.rels[rel_index];
    const BoundNodePattern& from = p.nodes[leftwards ? rel_index + 1 : rel_index];
    const BoundNodePattern& to = p.nodes[leftwards ? rel_index : rel_index + 1];
    Step s;
    s.kind = r.variable_length ? StepKind::VarExpand : StepKind::Expand;
    s.rel = &r;
    s.node = &to;
    s.from = from.var;
    s.to = to.var;
    s.to_bound = bound_[to.var];
    s.reversed = leftwards;
    s.direction = r.direction;
    if (leftwards && r.direction != Direction::Both) s.direction = r.direction == Direction::Out ? Direction::In : Direction::Out;
    for (const auto& [clause, slot] : clause_rels_)
      if (clause == p.clause) s.distinct_from.push_back(slot);
    for (const auto& [clause, slot] : clause_lists_)
      if (clause == p.clause) s.distinct_from_lists.push_back(slot);
    plan_.steps.push_back(std::move(s));
    (r.variable_length ? clause_lists_ : clause_rels_).emplace_back(p.clause, r.var);
    bound_[r.var] = 1;
    bound_[to.var] = 1;
    place_filters();
  }

  void emit(const BoundPattern& p, std::size_t start) {
    if (p.shortest) {
      bind_node(p.nodes[0]);
      bind_node(p.nodes[1]);
      Step s;
      s.kind = StepKind::Shortest;
      s.rel = &p.rels[0];
      s.node = &p.nodes[1];
      s.from = p.nodes[0].var;
      s.to = p.nodes[1].var;
      s.direction = p.rels[0].direction;
      s.pattern = &p;
      plan_.steps.push_back(std::move(s));
      bound_[p.rels[0].var] = 1;
      if (p.path_var >= 0) bound_[p.path_var] = 1;
      place_filters();
      return;
    }
    bind_node(p.nodes[start]);
    for (std::size_t k = start; k < p.rels.size(); ++k) emit_expand(p, k, false);
    for (std::size_t k = start; k-- > 0;) emit_expand(p, k, true);
    if (p.path_var >= 0) {
      Step s;
      s.kind = StepKind::BuildPath;
      s.pattern = &p;
      s.to = p.path_var;
      plan_.steps.push_back(std::move(s));
      bound_[p.path_var] = 1;
      place_filters();
    }
  }
};

}  // namespace

Plan make_plan(const BoundQuery& q, const graph::KnowledgeGraph& kg, std::string_view) { return Planner(q, kg).run(); }

}  // namespace kg::query
