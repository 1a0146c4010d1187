// Breadth-first traversals. The BGL's breadth_first_search follows out-edges
// only; users ask about connections either way, so this walks out- and
// in-edges of the bidirectional graph directly. Neighbours are visited in
// storage order, which for a graph read from a file is id order (the file is
// sorted), so ties break the same way every run without sorting per vertex.
#include <algorithm>
#include <limits>

#include "kg/graph/algorithms.h"

namespace kg::graph {
namespace {

constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();

template <class F>
void for_each_neighbour(const BoostGraph& bg, Vertex v, Direction dir, F&& f) {
  if (dir != Direction::in)
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, bg))) f(boost::target(e, bg));
  if (dir != Direction::out)
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, bg))) f(boost::source(e, bg));
}

}  // namespace

std::vector<Reached> neighbourhood(const KnowledgeGraph& g, Vertex start, std::uint32_t max_depth, Direction dir) {
  const BoostGraph& bg = g.graph();
  std::vector<std::uint32_t> depth(boost::num_vertices(bg), kUnseen);
  std::vector<Reached> out{{start, 0, start}};
  depth[start] = 0;
  for (std::size_t head = 0; head < out.size(); ++head) {
    Reached r = out[head];
    if (r.depth == max_depth) continue;
    for_each_neighbour(bg, r.vertex, dir, [&](Vertex w) {
      if (depth[w] != kUnseen) return;
      depth[w] = r.depth + 1;
      out.push_back({w, r.depth + 1, r.vertex});
    });
  }
  return out;
}

std::optional<std::vector<Vertex>> shortest_path(const KnowledgeGraph& g, Vertex from, Vertex to, Direction dir) {
  const BoostGraph& bg = g.graph();
  std::vector<Vertex> parent(boost::num_vertices(bg), boost::graph_traits<BoostGraph>::null_vertex());
  parent[from] = from;
  std::vector<Vertex> queue{from};
  for (std::size_t head = 0; head < queue.size() && parent[to] == boost::graph_traits<BoostGraph>::null_vertex(); ++head) {
    Vertex v = queue[head];
    for_each_neighbour(bg, v, dir, [&](Vertex w) {
      if (parent[w] != boost::graph_traits<BoostGraph>::null_vertex()) return;
      parent[w] = v;
      queue.push_back(w);
    });
    if (parent[to] != boost::graph_traits<BoostGraph>::null_vertex()) break;
  }
  if (parent[to] == boost::graph_traits<BoostGraph>::null_vertex()) return std::nullopt;
  std::vector<Vertex> path{to};
  while (path.back() != from) path.push_back(parent[path.back()]);
  std::reverse(path.begin(), path.end());
  return path;
}

}  // namespace kg::graph
