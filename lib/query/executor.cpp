#include "executor.h"

#include <algorithm>
#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "eval.h"
#include "kg/base/error.h"
#include "kg/graph/flat_index.h"
#include "kg/query/edge_columns.h"
#include "properties.h"
#include "query_error.h"
#include "return_stage.h"

namespace kg::query {
namespace {

using graph::Edge;
using graph::Vertex;

const void* edge_id(const Edge& e) { return e.get_property(); }

class Matcher {
 public:
  Matcher(const BoundQuery& q, const Plan& plan, const graph::KnowledgeGraph& kg, std::string_view text,
          const QueryOptions& options, ReturnStage& sink)
      : plan_(plan), kg_(kg), g_(kg.graph()), text_(text), options_(options), sink_(sink),
        env_{kg, text, &q.variables, nullptr} {
    std::size_t n = q.variables.size();
    frame_.nodes.resize(n);
    frame_.rels.resize(n);
    frame_.relations.resize(n);
    if (options.columns && options.columns->matches(kg)) columns_ = options.columns;
    frame_.rel_lists.resize(n);
    frame_.paths.resize(n);
    for (const auto& p : q.patterns) {
      for (const auto& node : p.nodes) node_constraints_.emplace(&node, make_constraint(node));
      for (const auto& rel : p.rels) rel_constraints_.emplace(&rel, make_constraint(rel));
    }
    deadline_ = std::chrono::steady_clock::now() +
                std::chrono::microseconds(static_cast<std::int64_t>(options.timeout_seconds * 1e6));
  }

  void run() {
    Frame empty;
    for (const BoundExpr* c : plan_.constant_filters)
      if (!holds(eval(*c, empty, env_))) return;
    if (count_edges()) return;
    step(0);
  }

 private:
  const Plan& plan_;
  const graph::KnowledgeGraph& kg_;
  const graph::BoostGraph& g_;
  std::string_view text_;
  const QueryOptions& options_;
  ReturnStage& sink_;
  EvalEnv env_;
  Frame frame_;
  std::unordered_map<const BoundNodePattern*, NodeConstraint> node_constraints_;
  std::unordered_map<const BoundRelPattern*, RelConstraint> rel_constraints_;
  std::chrono::steady_clock::time_point deadline_;
  std::uint64_t work_ = 0;
  const EdgeColumns* columns_ = nullptr;
  // Shortest-path scratch, reused across calls (stamped instead of cleared).
  struct Bfs {
    std::vector<std::uint32_t> stamp;
    std::vector<std::uint32_t> dist;
    std::vector<Vertex> parent;
    std::vector<Edge> parent_edge;
  } fwd_, bwd_;
  std::uint32_t bfs_stamp_ = 0;

  NodeConstraint make_constraint(const BoundNodePattern& n) {
    NodeConstraint c;
    Frame none;
    for (const auto& [prop, expr] : n.properties) {
      Value v = eval(*expr, none, env_);
      if (prop == NodeProp::Name || prop == NodeProp::Id) {
        std::vector<Vertex> set;
        if (v.kind() != Value::Kind::String) c.impossible = true;
        else if (prop == NodeProp::Name) set = kg_.find(v.as_string());
        else if (auto x = kg_.vertex(v.as_string())) set.push_back(*x);
        std::sort(set.begin(), set.end());
        c.name_sets.push_back(std::move(set));
      } else {
        c.values.emplace_back(prop, std::move(v));
      }
    }
    return c;
  }
  RelConstraint make_constraint(const BoundRelPattern& r) {
    RelConstraint c;
    Frame none;
    for (const auto& [prop, expr] : r.properties) c.values.emplace_back(prop, eval(*expr, none, env_));
    return c;
  }

  // `MATCH (a)-[r]->(b) RETURN r.relation, count(*)` and the like: when
  // neither end is constrained and only counts per relation are wanted, the
  // relation column says it all, and no match needs to be built. Groups come
  // out in first-seen order, as the matcher would create them.
  bool count_edges() {
    if (!columns_ || plan_.steps.size() != 2) return false;
    const Step& scan = plan_.steps[0];
    const Step& expand = plan_.steps[1];
    if (scan.kind != StepKind::Scan || scan.seeded || expand.kind != StepKind::Expand) return false;
    if (expand.from != scan.to || expand.to_bound || expand.direction == Direction::Both) return false;
    if (!expand.distinct_from.empty() || !expand.distinct_from_lists.empty()) return false;
    for (const BoundNodePattern* n : {scan.node, expand.node})
      if (!n->labels.empty() || !n->properties.empty()) return false;
    const BoundRelPattern& r = *expand.rel;
    if (r.variable_length || !r.properties.empty() || !sink_.counts_by_relation(r.var)) return false;

    const bool out = expand.direction == Direction::Out;
    const std::vector<graph::Symbol>& relations = out ? columns_->out_relation : columns_->in_relation;
    const std::vector<graph::Symbol>& events = out ? columns_->out_event : columns_->in_event;
    std::vector<std::pair<graph::Symbol, std::int64_t>> counts;
    graph::FlatIndex where;  // relation symbol id -> position in counts
    std::uint32_t last_id = graph::FlatIndex::npos, last_at = 0;
    for (std::size_t k = 0; k < relations.size(); ++k) {
      graph::Symbol rel = relations[k];
      if (r.typed && std::find(r.types.begin(), r.types.end(), rel) == r.types.end() &&
          std::find(r.types.begin(), r.types.end(), events[k]) == r.types.end())
        continue;
      if (rel.id() != last_id) {
        last_id = rel.id();
        last_at = where.find(last_id);
        if (last_at == graph::FlatIndex::npos) {
          last_at = static_cast<std::uint32_t>(counts.size());
          where.put(last_id, last_at);
          counts.emplace_back(rel, 0);
        }
      }
      ++counts[last_at].second;
    }
    for (const auto& [rel, n] : counts) {
      frame_.relations[static_cast<std::size_t>(r.var)] = rel;
      sink_.add_count(frame_, env_, n);
    }
    return true;
  }

  void tick() {
    if ((++work_ & 4095) != 0) return;
    if (std::chrono::steady_clock::now() > deadline_)
      throw Error("query stopped after " + std::to_string(options_.timeout_seconds) +
                  " s (the time limit): narrow the pattern (names, labels, relationship types, fewer hops) or add "
                  "LIMIT; --timeout raises the limit");
  }

  bool label_ok(const BoundNodePattern& n, Vertex v) const {
    const graph::ActorVertex& a = kg_[v];
    for (const auto& group : n.labels) {
      bool any = false;
      for (const BoundLabel& l : group) {
        if (l.pseudo == 1) any = a.actor;
        else if (l.pseudo == 2) any = !a.actor;
        else any = std::find(l.types.begin(), l.types.end(), a.type) != l.types.end();
        if (any) break;
      }
      if (!any) return false;
    }
    return true;
  }

  bool node_ok(const BoundNodePattern& n, Vertex v) const {
    if (!n.labels.empty() && !label_ok(n, v)) return false;
    if (n.properties.empty()) return true;
    const NodeConstraint& c = node_constraints_.at(&n);
    if (c.impossible) return false;
    for (const auto& set : c.name_sets)
      if (!std::binary_search(set.begin(), set.end(), v)) return false;
    for (const auto& [prop, want] : c.values)
      if (!holds_equal(node_property(kg_, v, prop), want)) return false;
    return true;
  }

  static bool holds_equal(const Value& a, const Value& b) { return !a.is_null() && !b.is_null() && same_value(a, b); }

  // The relation and event class come from the edge columns when there are
  // any, so that type filters do not touch the edge's heap node.
  bool rel_ok(const BoundRelPattern& r, const Edge& e, graph::Symbol relation, graph::Symbol event) const {
    if (r.typed) {
      bool any = false;
      for (graph::Symbol s : r.types)
        if (relation == s || event == s) {
          any = true;
          break;
        }
      if (!any) return false;
    }
    if (r.properties.empty()) return true;
    for (const auto& [prop, want] : rel_constraints_.at(&r).values)
      if (!holds_equal(rel_property(kg_, e, prop), want)) return false;
    return true;
  }

  bool used_in_clause(const Step& s, const Edge& e) const {
    for (int slot : s.distinct_from)
      if (edge_id(frame_.rels[slot]) == edge_id(e)) return true;
    for (int slot : s.distinct_from_lists)
      for (const Edge& x : frame_.rel_lists[slot])
        if (edge_id(x) == edge_id(e)) return true;
    return false;
  }

  // Calls fn(edge, neighbour, relation, event class) for every edge at v in
  // the direction; stops when fn returns false.
  template <class Fn>
  bool for_each_edge(Vertex v, Direction d, Fn&& fn) {
    if (d != Direction::In) {
      std::size_t k = columns_ ? columns_->out_begin(v) : 0;
      for (const Edge& e : boost::make_iterator_range(boost::out_edges(v, g_))) {
        tick();
        bool go_on = columns_ ? fn(e, boost::target(e, g_), columns_->out_relation[k], columns_->out_event[k])
                              : fn(e, boost::target(e, g_), kg_[e].relation, kg_[e].event_class);
        if (!go_on) return false;
        ++k;
      }
    }
    if (d != Direction::Out) {
      std::size_t k = columns_ ? columns_->in_begin(v) : 0;
      for (const Edge& e : boost::make_iterator_range(boost::in_edges(v, g_))) {
        tick();
        Vertex other = boost::source(e, g_);
        std::size_t at = k++;
        if (d == Direction::Both && other == v) continue;  // a self-loop was seen as an out-edge
        bool go_on = columns_ ? fn(e, other, columns_->in_relation[at], columns_->in_event[at])
                              : fn(e, other, kg_[e].relation, kg_[e].event_class);
        if (!go_on) return false;
      }
    }
    return true;
  }

  bool step(std::size_t i) {
    if (i == plan_.steps.size()) return sink_.add(frame_, env_);
    const Step& s = plan_.steps[i];
    switch (s.kind) {
      case StepKind::Filter: {
        Value v = eval(*s.filter, frame_, env_);
        if (!v.is_null() && v.kind() != Value::Kind::Bool)
          fail_at(text_, s.filter->pos,
                  std::string("WHERE needs a condition (true or false), not a ") + Value::kind_name(v.kind()));
        return !holds(v) || step(i + 1);
      }
      case StepKind::CheckNode: return !node_ok(*s.node, frame_.nodes[s.to]) || step(i + 1);
      case StepKind::Scan: {
        auto visit = [&](Vertex v) {
          tick();
          if (!node_ok(*s.node, v)) return true;
          frame_.nodes[s.to] = v;
          return step(i + 1);
        };
        if (s.seeded) {
          for (Vertex v : s.seeds)
            if (!visit(v)) return false;
        } else {
          for (Vertex v = 0, n = boost::num_vertices(g_); v < n; ++v)
            if (!visit(v)) return false;
        }
        return true;
      }
      case StepKind::Expand: {
        Vertex from = frame_.nodes[s.from];
        return for_each_edge(from, s.direction, [&](const Edge& e, Vertex other, graph::Symbol rel, graph::Symbol ev) {
          if (s.to_bound && other != frame_.nodes[s.to]) return true;
          if (!rel_ok(*s.rel, e, rel, ev) || !node_ok(*s.node, other) || used_in_clause(s, e)) return true;
          frame_.rels[s.rel->var] = e;
          frame_.relations[s.rel->var] = rel;
          frame_.nodes[s.to] = other;
          return step(i + 1);
        });
      }
      case StepKind::VarExpand: {
        std::vector<Edge> trail;
        return var_expand(i, frame_.nodes[s.from], trail);
      }
      case StepKind::Shortest: return shortest(i);
      case StepKind::BuildPath: {
        build_path(*s.pattern, frame_.paths[s.to]);
        return step(i + 1);
      }
    }
    return true;
  }

  bool var_expand(std::size_t i, Vertex at, std::vector<Edge>& trail) {
    const Step& s = plan_.steps[i];
    const BoundRelPattern& r = *s.rel;
    auto depth = static_cast<std::int64_t>(trail.size());
    if (depth >= r.min_hops && (!s.to_bound || at == frame_.nodes[s.to]) && node_ok(*s.node, at)) {
      std::vector<Edge>& list = frame_.rel_lists[r.var];
      list.assign(trail.begin(), trail.end());
      if (s.reversed) std::reverse(list.begin(), list.end());
      frame_.nodes[s.to] = at;
      if (!step(i + 1)) return false;
    }
    if (depth >= r.max_hops) return true;
    return for_each_edge(at, s.direction, [&](const Edge& e, Vertex other, graph::Symbol rel, graph::Symbol ev) {
      if (!rel_ok(r, e, rel, ev) || used_in_clause(s, e)) return true;
      for (const Edge& x : trail)  // a path never uses one relationship twice
        if (edge_id(x) == edge_id(e)) return true;
      trail.push_back(e);
      bool go_on = var_expand(i, other, trail);
      trail.pop_back();
      return go_on;
    });
  }

  // Fills a named path from the bound pattern parts, walking the
  // variable-length segments to recover their inner nodes.
  void build_path(const BoundPattern& p, PathValue& out) {
    out.nodes.clear();
    out.edges.clear();
    Vertex at = frame_.nodes[p.nodes[0].var];
    out.nodes.push_back(at);
    for (std::size_t k = 0; k < p.rels.size(); ++k) {
      const BoundRelPattern& r = p.rels[k];
      auto walk = [&](const Edge& e) {
        Vertex s = boost::source(e, g_), t = boost::target(e, g_);
        at = s == at ? t : s;
        out.edges.push_back(e);
        out.nodes.push_back(at);
      };
      if (r.variable_length) {
        for (const Edge& e : frame_.rel_lists[r.var]) walk(e);
      } else {
        walk(frame_.rels[r.var]);
      }
      at = frame_.nodes[p.nodes[k + 1].var];
      out.nodes.back() = at;
    }
  }

  void prepare(Bfs& b) {
    std::size_t n = boost::num_vertices(g_);
    if (b.stamp.size() != n) {
      b.stamp.assign(n, 0);
      b.dist.assign(n, 0);
      b.parent.assign(n, 0);
      b.parent_edge.assign(n, Edge());
    }
  }

  // Bidirectional breadth-first search: expands the smaller frontier one
  // level at a time; the first level where the searches meet holds a
  // shortest path.
  bool shortest(std::size_t i) {
    const Step& s = plan_.steps[i];
    const BoundRelPattern& r = *s.rel;
    Vertex a = frame_.nodes[s.from], b = frame_.nodes[s.to];
    std::vector<Edge>& rels = frame_.rel_lists[r.var];
    rels.clear();
    if (a == b) {
      if (r.min_hops > 0) return true;
      return emit_shortest(i, {a}, rels);
    }
    prepare(fwd_);
    prepare(bwd_);
    if (++bfs_stamp_ == 0) {  // wrapped: clear the stamps once
      std::fill(fwd_.stamp.begin(), fwd_.stamp.end(), 0);
      std::fill(bwd_.stamp.begin(), bwd_.stamp.end(), 0);
      bfs_stamp_ = 1;
    }
    std::uint32_t st = bfs_stamp_;
    fwd_.stamp[a] = st, fwd_.dist[a] = 0;
    bwd_.stamp[b] = st, bwd_.dist[b] = 0;
    std::vector<Vertex> ff{a}, bf{b}, next;
    Direction back_dir = r.direction == Direction::Both ? Direction::Both
                         : r.direction == Direction::Out ? Direction::In
                                                         : Direction::Out;
    std::int64_t levels = 0;
    std::optional<Vertex> meet;
    std::uint32_t best = ~0u;
    while (!ff.empty() && !bf.empty() && levels < r.max_hops && !meet) {
      bool forward = ff.size() <= bf.size();
      Bfs& me = forward ? fwd_ : bwd_;
      Bfs& other = forward ? bwd_ : fwd_;
      std::vector<Vertex>& frontier = forward ? ff : bf;
      next.clear();
      for (Vertex v : frontier) {
        for_each_edge(v, forward ? r.direction : back_dir, [&](const Edge& e, Vertex w, graph::Symbol rel, graph::Symbol ev) {
          if (me.stamp[w] == st || !rel_ok(r, e, rel, ev)) return true;
          me.stamp[w] = st;
          me.dist[w] = me.dist[v] + 1;
          me.parent[w] = v;
          me.parent_edge[w] = e;
          next.push_back(w);
          if (other.stamp[w] == st && me.dist[w] + other.dist[w] < best) {
            best = me.dist[w] + other.dist[w];
            meet = w;
          }
          return true;
        });
      }
      frontier.swap(next);
      ++levels;
    }
    if (!meet) return true;
    // a -> meet from the forward tree, meet -> b from the backward tree.
    std::vector<Vertex> nodes;
    for (Vertex v = *meet; v != a; v = fwd_.parent[v]) {
      nodes.push_back(v);
      rels.push_back(fwd_.parent_edge[v]);
    }
    nodes.push_back(a);
    std::reverse(nodes.begin(), nodes.end());
    std::reverse(rels.begin(), rels.end());
    for (Vertex v = *meet; v != b;) {
      rels.push_back(bwd_.parent_edge[v]);
      v = bwd_.parent[v];
      nodes.push_back(v);
    }
    if (static_cast<std::int64_t>(rels.size()) < r.min_hops) return true;
    return emit_shortest(i, std::move(nodes), rels);
  }

  bool emit_shortest(std::size_t i, std::vector<Vertex> nodes, const std::vector<Edge>& rels) {
    const Step& s = plan_.steps[i];
    if (!node_ok(*s.node, frame_.nodes[s.to])) return true;
    if (s.pattern->path_var >= 0) {
      PathValue& p = frame_.paths[s.pattern->path_var];
      p.nodes = std::move(nodes);
      p.edges = rels;
    }
    return step(i + 1);
  }
};

}  // namespace

QueryResult execute(const BoundQuery& q, const Plan& plan, const graph::KnowledgeGraph& kg,
                    std::string_view query_text, const QueryOptions& options) {
  ReturnStage sink(q, options);
  Matcher(q, plan, kg, query_text, options, sink).run();
  EvalEnv env{kg, query_text, &q.variables, nullptr};
  return sink.finish(env);
}

}  // namespace kg::query
