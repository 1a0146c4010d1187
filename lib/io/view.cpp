#include "kg/io/view.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "kg/base/error.h"
#include "text_util.h"

namespace kg::io {
namespace {

using graph::BoostGraph;
using graph::Edge;
using graph::Vertex;

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string vertex_type(const graph::ActorVertex& v) {
  if (!v.actor && v.type.empty()) return "THING";
  return upper(v.type);
}

bool relation_matches(const graph::RelationEdge& e, const std::vector<std::string>& wanted) {
  const std::string lemma = fold_name(e.relation);
  const auto words = split_words(lemma);
  const std::string head = words.empty() ? std::string() : std::string(words.front());
  const std::string event = fold_name(e.event_class), quad = fold_name(e.quad_class);
  for (const std::string& w : wanted) {
    const std::string f = fold_name(w);
    if (f.empty()) continue;
    if (f == lemma || f == head || f == event || f == quad) return true;
  }
  return false;
}

// Names a vertex is known by: id, display name and every alias.
std::vector<std::string> names_of(const graph::ActorVertex& v) {
  std::vector<std::string> names{v.id.str(), v.name.str()};
  for (const auto& [alias, count] : v.aliases.sorted()) names.push_back(alias.str());
  return names;
}

std::string describe(const BoostGraph& g, const std::vector<Vertex>& vs) {
  std::string out;
  for (std::size_t i = 0; i < vs.size() && i < 8; ++i) {
    if (i) out += ", ";
    out += "'" + g[vs[i]].name.str() + "'";
  }
  if (vs.size() > 8) out += ", ...";
  return out;
}

// Keeps the vertices in `keep` and the edges between them that `edge_ok` accepts.
BoostGraph induced(const BoostGraph& g, const std::vector<bool>& keep, const std::map<Edge, bool>& edge_ok) {
  BoostGraph out;
  std::vector<Vertex> map(num_vertices(g), BoostGraph::null_vertex());
  for (Vertex v : boost::make_iterator_range(vertices(g)))
    if (keep[v]) map[v] = add_vertex(g[v], out);
  for (Edge e : boost::make_iterator_range(edges(g))) {
    const Vertex s = source(e, g), t = target(e, g);
    if (!keep[s] || !keep[t]) continue;
    auto it = edge_ok.find(e);
    if (it == edge_ok.end() || !it->second) continue;
    add_edge(map[s], map[t], g[e], out);
  }
  return out;
}

}  // namespace

bool is_whole_graph(const ViewOptions& opt) {
  return opt.focus.empty() && opt.min_count <= 1 && opt.types.empty() && opt.relations.empty() &&
         opt.max_nodes == 0 && !opt.actors_only;
}

Vertex find_vertex(const BoostGraph& g, std::string_view query) {
  if (num_vertices(g) == 0) throw Error("no actor matches '" + std::string(query) + "': the graph is empty");
  std::vector<Vertex> found;
  // 1. Exact id or display name.
  for (Vertex v : boost::make_iterator_range(vertices(g)))
    if (g[v].id == query || g[v].name == query) found.push_back(v);
  if (found.size() == 1) return found.front();
  if (found.size() > 1) throw Error("'" + std::string(query) + "' is ambiguous: it names " + describe(g, found));

  const std::string q = fold_name(query);
  if (q.empty()) throw Error("empty actor name");
  // 2. Folded id, name or alias; ids and names before aliases.
  for (int pass = 0; pass < 2 && found.empty(); ++pass) {
    for (Vertex v : boost::make_iterator_range(vertices(g))) {
      std::vector<std::string> names = pass == 0 ? std::vector<std::string>{g[v].id.str(), g[v].name.str()} : names_of(g[v]);
      for (const std::string& n : names)
        if (fold_name(n) == q || graph::name_key(n) == graph::name_key(query)) {
          found.push_back(v);
          break;
        }
    }
  }
  if (found.size() == 1) return found.front();
  if (found.size() > 1) throw Error("'" + std::string(query) + "' is ambiguous: it names " + describe(g, found));

  // 3. Every query word is a word of one of the vertex's names ("Pence" for "Mike Pence").
  const auto qwords = split_words(q);
  for (Vertex v : boost::make_iterator_range(vertices(g))) {
    for (const std::string& n : names_of(g[v])) {
      const std::string f = fold_name(n);
      const auto words = split_words(f);
      bool all = std::all_of(qwords.begin(), qwords.end(), [&](std::string_view w) {
        return std::find(words.begin(), words.end(), w) != words.end();
      });
      if (all) {
        found.push_back(v);
        break;
      }
    }
  }
  // Prefer actors over things when both match ("Trump" the person, "Trump administration" the thing).
  if (found.size() > 1) {
    std::vector<Vertex> actors;
    for (Vertex v : found)
      if (g[v].actor) actors.push_back(v);
    if (!actors.empty()) found = actors;
  }
  if (found.size() == 1) return found.front();
  if (found.size() > 1)
    throw Error("'" + std::string(query) + "' is ambiguous: it could be " + describe(g, found) +
                "; give more of the name");

  // 4. A near miss: smallest edit distance, at most 1 per 4 characters (max 3).
  const std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, q.size() / 4));
  std::size_t best = limit + 1;
  std::vector<std::pair<std::size_t, Vertex>> scored;
  for (Vertex v : boost::make_iterator_range(vertices(g))) {
    std::size_t d = limit + 1;
    for (const std::string& n : names_of(g[v])) d = std::min(d, edit_distance(fold_name(n), q, limit + 3));
    scored.emplace_back(d, v);
    if (d < best) {
      best = d;
      found.assign(1, v);
    } else if (d == best && d <= limit) {
      found.push_back(v);
    }
  }
  if (found.size() == 1 && best <= limit) return found.front();
  if (found.size() > 1 && best <= limit)
    throw Error("'" + std::string(query) + "' is ambiguous: it could be " + describe(g, found));
  std::stable_sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::vector<Vertex> closest;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) closest.push_back(scored[i].second);
  throw Error("no actor matches '" + std::string(query) + "' (closest: " + describe(g, closest) + ")");
}

std::vector<double> centrality(const BoostGraph& g) {
  std::vector<double> c(num_vertices(g), 0.0);
  for (Edge e : boost::make_iterator_range(edges(g))) {
    const double w = std::max<std::uint32_t>(1, g[e].count());
    const Vertex s = source(e, g), t = target(e, g);
    c[s] += w;
    if (t != s) c[t] += w;
  }
  return c;
}

std::vector<Vertex> rank_by_centrality(const BoostGraph& g) {
  const std::vector<double> c = centrality(g);
  std::vector<Vertex> order(num_vertices(g));
  for (Vertex v = 0; v < order.size(); ++v) order[v] = v;
  std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    if (c[a] != c[b]) return c[a] > c[b];
    if (g[a].mentions != g[b].mentions) return g[a].mentions > g[b].mentions;
    return g[a].id < g[b].id;
  });
  return order;
}

BoostGraph make_view(const BoostGraph& g, const ViewOptions& opt) {
  if (opt.depth < 0) throw Error("--depth must be 0 or more");
  const std::size_t n = num_vertices(g);
  std::vector<Vertex> focus;
  for (const std::string& name : opt.focus) focus.push_back(find_vertex(g, name));
  std::vector<bool> is_focus(n, false);
  for (Vertex v : focus) is_focus[v] = true;

  // Vertex filters.
  std::set<std::string> types;
  for (const std::string& t : opt.types) types.insert(upper(t));
  std::vector<bool> keep(n, true);
  for (Vertex v = 0; v < n; ++v) {
    if (is_focus[v]) continue;
    if (opt.actors_only && !g[v].actor) keep[v] = false;
    if (!types.empty() && !types.count(vertex_type(g[v]))) keep[v] = false;
  }

  // Edge filters.
  const bool edge_filter = opt.min_count > 1 || !opt.relations.empty();
  std::map<Edge, bool> edge_ok;
  std::vector<bool> has_edge(n, false);
  for (Edge e : boost::make_iterator_range(edges(g))) {
    const Vertex s = source(e, g), t = target(e, g);
    bool ok = keep[s] && keep[t] && g[e].count() >= opt.min_count &&
              (opt.relations.empty() || relation_matches(g[e], opt.relations));
    edge_ok[e] = ok;
    if (ok) has_edge[s] = has_edge[t] = true;
  }
  if (edge_filter)
    for (Vertex v = 0; v < n; ++v)
      if (!has_edge[v] && !is_focus[v]) keep[v] = false;

  // Ego network: breadth-first over kept edges in both directions.
  if (!focus.empty()) {
    std::vector<int> dist(n, -1);
    std::deque<Vertex> queue;
    for (Vertex v : focus) {
      dist[v] = 0;
      queue.push_back(v);
    }
    while (!queue.empty()) {
      const Vertex v = queue.front();
      queue.pop_front();
      if (dist[v] >= opt.depth) continue;
      auto visit = [&](Edge e, Vertex w) {
        if (edge_ok[e] && keep[w] && dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push_back(w);
        }
      };
      for (Edge e : boost::make_iterator_range(out_edges(v, g))) visit(e, target(e, g));
      for (Edge e : boost::make_iterator_range(in_edges(v, g))) visit(e, source(e, g));
    }
    for (Vertex v = 0; v < n; ++v) keep[v] = keep[v] && dist[v] >= 0;
  }

  BoostGraph view = induced(g, keep, edge_ok);
  if (opt.max_nodes == 0 || num_vertices(view) <= opt.max_nodes) return view;

  // Most central vertices of the view; focus vertices always stay.
  std::vector<Vertex> old_of;  // view vertex -> input vertex
  for (Vertex v = 0; v < n; ++v)
    if (keep[v]) old_of.push_back(v);
  std::vector<bool> keep2(num_vertices(view), false);
  std::size_t kept = 0;
  for (Vertex v = 0; v < num_vertices(view); ++v)
    if (is_focus[old_of[v]]) {
      keep2[v] = true;
      ++kept;
    }
  for (Vertex v : rank_by_centrality(view)) {
    if (kept >= opt.max_nodes) break;
    if (!keep2[v]) {
      keep2[v] = true;
      ++kept;
    }
  }
  std::map<Edge, bool> all_edges;
  for (Edge e : boost::make_iterator_range(edges(view))) all_edges[e] = true;
  return induced(view, keep2, all_edges);
}

}  // namespace kg::io
