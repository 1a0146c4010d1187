#include "kg/graph/reports.h"

#include <algorithm>
#include <unordered_set>

#include "kg/base/error.h"
#include "kg/graph/algorithms.h"

namespace kg::graph {
namespace {

// "meet" or "not meet", "plan: visit"...
std::string relation_label(const RelationEdge& r) {
  std::string s = r.negated ? "not " : "";
  if (!r.modality.empty()) s += r.modality.str() + ": ";
  return s + r.relation.str();
}

std::vector<std::string> words(std::string_view key) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < key.size()) {
    std::size_t sp = key.find(' ', pos);
    if (sp == std::string_view::npos) sp = key.size();
    if (sp > pos) out.emplace_back(key.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

// Last resort for a name typed by a user ("Holm" for "Jonas Holm"): vertices
// whose id or name contains every word of the query. A linear scan, fine
// for a command that answers one question.
std::vector<Vertex> find_by_words(const KnowledgeGraph& g, std::string_view name) {
  std::vector<std::string> want = words(name_key(name));
  std::vector<Vertex> out;
  if (want.empty()) return out;
  auto covers = [&](std::string_view s) {
    std::vector<std::string> have = words(name_key(s));
    for (const std::string& w : want)
      if (std::find(have.begin(), have.end(), w) == have.end()) return false;
    return true;
  };
  for (Vertex v : g.sorted_vertices())
    if (g[v].actor && (covers(g[v].id) || covers(g[v].name))) out.push_back(v);
  return out;
}

}  // namespace

Vertex resolve_vertex(const KnowledgeGraph& g, std::string_view name) {
  if (auto v = g.vertex(name)) return *v;
  std::vector<Vertex> found = g.find(name);
  if (found.empty()) found = find_by_words(g, name);
  if (found.size() == 1) return found.front();
  if (found.empty()) throw Error("no actor or thing named '" + std::string(name) + "' in the graph");
  std::string list;
  for (std::size_t i = 0; i < found.size() && i < 10; ++i) list += (i ? ", '" : "'") + g[found[i]].id.str() + "'";
  throw Error("'" + std::string(name) + "' matches " + std::to_string(found.size()) + " vertices (" + list +
              (found.size() > 10 ? ", ..." : "") + "); give the exact id");
}

Table stats_table(const KnowledgeGraph& g) {
  const BoostGraph& bg = g.graph();
  std::size_t actors = 0, things = 0, self_loops = 0, negated = 0;
  std::unordered_set<std::uint32_t> docs, relations;
  for (Vertex v : boost::make_iterator_range(boost::vertices(bg))) (bg[v].actor ? actors : things)++;
  for (Edge e : boost::make_iterator_range(boost::edges(bg))) {
    const RelationEdge& r = bg[e];
    relations.insert(r.relation.id());
    if (boost::source(e, bg) == boost::target(e, bg)) ++self_loops;
    if (r.negated) ++negated;
    for (const Evidence& ev : r.evidence) docs.insert(ev.doc.id());
  }
  Components c = connected_components(g);
  std::uint32_t largest = c.sizes.empty() ? 0 : *std::max_element(c.sizes.begin(), c.sizes.end());
  Table t{{"metric", "value"}, {}};
  t.rows = {{"vertices", g.vertex_count()},
            {"actors", actors},
            {"things", things},
            {"edges", g.edge_count()},
            {"evidence", g.evidence_count()},
            {"documents", docs.size()},
            {"relations", relations.size()},
            {"negated edges", negated},
            {"self-loops", self_loops},
            {"components", c.count},
            {"largest component", largest}};
  return t;
}

Centrality parse_centrality(std::string_view name) {
  if (name == "pagerank") return Centrality::pagerank;
  if (name == "degree") return Centrality::degree;
  if (name == "betweenness") return Centrality::betweenness;
  throw Error("unknown centrality '" + std::string(name) + "' (expected pagerank, degree or betweenness)");
}

Table top_table(const KnowledgeGraph& g, Centrality by, std::size_t limit) {
  std::vector<std::uint32_t> deg = degree(g);
  std::vector<double> score;
  if (by == Centrality::pagerank) score = pagerank(g);
  else if (by == Centrality::betweenness) score = betweenness(g);
  else score.assign(deg.begin(), deg.end());
  std::vector<Vertex> order = g.sorted_vertices();
  std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) { return score[a] > score[b]; });
  if (order.size() > limit) order.resize(limit);
  Table t{{"rank", "id", "type", by == Centrality::degree ? "degree" : by == Centrality::pagerank ? "pagerank" : "betweenness"}, {}};
  if (by != Centrality::degree) t.columns.push_back("degree");
  std::size_t rank = 0;
  for (Vertex v : order) {
    std::vector<Cell> row{++rank, g[v].id.str(), g[v].type.str()};
    if (by == Centrality::degree) row.emplace_back(deg[v]);
    else {
      row.emplace_back(score[v]);
      row.emplace_back(deg[v]);
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table neighbors_table(const KnowledgeGraph& g, Vertex start, std::uint32_t depth) {
  Table t{{"depth", "id", "type", "via", "relations"}, {}};
  std::vector<Reached> reached = neighbourhood(g, start, depth);
  std::stable_sort(reached.begin(), reached.end(), [&](const Reached& a, const Reached& b) {
    return a.depth != b.depth ? a.depth < b.depth : g[a.vertex].id < g[b.vertex].id;
  });
  for (const Reached& r : reached) {
    std::vector<Cell> rels;
    if (r.depth == 0) {
      t.rows.push_back({0, g[r.vertex].id.str(), g[r.vertex].type.str(), Cell(), Cell()});
      continue;
    }
      for (Edge e : g.edges_between(r.parent, r.vertex)) {
        bool forward = boost::source(e, g.graph()) == r.parent;
        rels.emplace_back((forward ? "-> " : "<- ") + relation_label(g[e]));
      }
    t.rows.push_back({r.depth, g[r.vertex].id.str(), g[r.vertex].type.str(), g[r.parent].id.str(),
                      Cell::of_list(std::move(rels))});
  }
  return t;
}

Table path_table(const KnowledgeGraph& g, Vertex from, Vertex to) {
  auto path = shortest_path(g, from, to);
  if (!path)
    throw Error("'" + g[from].id.str() + "' and '" + g[to].id.str() + "' are not connected in the graph");
  Table t{{"step", "subject", "relation", "object", "evidence"}, {}};
  for (std::size_t i = 0; i + 1 < path->size(); ++i) {
    std::vector<Edge> edges = g.edges_between((*path)[i], (*path)[i + 1]);
    // The best-attested edge; edges_between is in output order, which breaks ties.
    Edge best = edges.front();
    for (Edge e : edges)
      if (g[e].count() > g[best].count()) best = e;
    const BoostGraph& bg = g.graph();
    t.rows.push_back({i + 1, bg[boost::source(best, bg)].id.str(), relation_label(bg[best]),
                      bg[boost::target(best, bg)].id.str(), g[best].count()});
  }
  return t;
}

Table evidence_table(const KnowledgeGraph& g, Vertex a, Vertex b) {
  Table t{{"subject", "relation", "object", "doc", "sentence", "confidence", "text"}, {}};
  const BoostGraph& bg = g.graph();
  for (Edge e : g.edges_between(a, b)) {
    const RelationEdge& r = bg[e];
    for (const Evidence& ev : r.evidence)
      t.rows.push_back({bg[boost::source(e, bg)].id.str(), relation_label(r), bg[boost::target(e, bg)].id.str(),
                        ev.doc.str(), ev.sentence, ev.confidence, ev.text.str()});
  }
  return t;
}

}  // namespace kg::graph
