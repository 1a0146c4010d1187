#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/pending/disjoint_sets.hpp>

#include "kg/graph/algorithms.h"

namespace kg::graph {

std::vector<std::uint32_t> degree(const KnowledgeGraph& g, Direction dir) {
  const BoostGraph& bg = g.graph();
  std::vector<std::uint32_t> d(boost::num_vertices(bg), 0);
  for (Vertex v : boost::make_iterator_range(boost::vertices(bg))) {
    if (dir != Direction::in) d[v] += static_cast<std::uint32_t>(boost::out_degree(v, bg));
    if (dir != Direction::out) d[v] += static_cast<std::uint32_t>(boost::in_degree(v, bg));
  }
  return d;
}

Components connected_components(const KnowledgeGraph& g) {
  const BoostGraph& bg = g.graph();
  const std::size_t n = boost::num_vertices(bg);
  // Union-find from the BGL (the directed graph's edges, read both ways).
  std::vector<std::size_t> rank(n), parent(n);
  boost::disjoint_sets<std::size_t*, std::size_t*> sets(rank.data(), parent.data());
  for (std::size_t v = 0; v < n; ++v) sets.make_set(v);
  for (Edge e : boost::make_iterator_range(boost::edges(bg))) sets.union_set(boost::source(e, bg), boost::target(e, bg));
  Components c;
  c.component.assign(n, 0);
  std::vector<std::uint32_t> number(n, std::numeric_limits<std::uint32_t>::max());
  for (Vertex v : g.sorted_vertices()) {
    std::size_t root = sets.find_set(v);
    if (number[root] == std::numeric_limits<std::uint32_t>::max()) {
      number[root] = c.count++;
      c.sizes.push_back(0);
    }
    c.component[v] = number[root];
    ++c.sizes[number[root]];
  }
  return c;
}

std::vector<double> pagerank(const KnowledgeGraph& g, const PageRankOptions& o) {
  const BoostGraph& bg = g.graph();
  const std::size_t n = boost::num_vertices(bg);
  if (n == 0) return {};
  // In-links as flat arrays (CSR): each iteration is one pass over them.
  std::vector<std::uint32_t> start(n + 1, 0), from;
  std::vector<double> inv_out(n, 0.0);
  from.reserve(boost::num_edges(bg));
  for (std::size_t v = 0; v < n; ++v) {
    start[v] = static_cast<std::uint32_t>(from.size());
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, bg)))
      from.push_back(static_cast<std::uint32_t>(boost::source(e, bg)));
    std::size_t out = boost::out_degree(v, bg);
    if (out) inv_out[v] = 1.0 / static_cast<double>(out);
  }
  start[n] = static_cast<std::uint32_t>(from.size());
  const double nn = static_cast<double>(n);
  std::vector<double> rank(n, 1.0 / nn), next(n), share(n);
  for (int it = 0; it < o.max_iterations; ++it) {
    double dangling = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      share[v] = rank[v] * inv_out[v];
      if (inv_out[v] == 0.0) dangling += rank[v];
    }
    const double base = (1.0 - o.damping) / nn + o.damping * dangling / nn;
    double change = 0.0, total = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      double s = 0.0;
      for (std::uint32_t i = start[v]; i < start[v + 1]; ++i) s += share[from[i]];
      next[v] = base + o.damping * s;
      total += next[v];
    }
    for (std::size_t v = 0; v < n; ++v) {
      next[v] /= total;  // guards against drift; the sum is 1 up to rounding
      change += std::abs(next[v] - rank[v]);
    }
    rank.swap(next);
    if (change < o.tolerance) break;
  }
  return rank;
}

std::vector<double> betweenness(const KnowledgeGraph& g) {
  const BoostGraph& bg = g.graph();
  const std::size_t n = boost::num_vertices(bg);
  using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Simple s(n);
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  pairs.reserve(boost::num_edges(bg));
  for (Edge e : boost::make_iterator_range(boost::edges(bg))) {
    std::size_t a = boost::source(e, bg), b = boost::target(e, bg);
    if (a == b) continue;
    pairs.emplace_back(std::min(a, b), std::max(a, b));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (auto [a, b] : pairs) boost::add_edge(a, b, s);
  std::vector<double> c(n, 0.0);
  boost::brandes_betweenness_centrality(
      s, boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, s)));
  // The BGL already halves the scores of undirected graphs (each pair is
  // counted once); normalise by the number of pairs not involving v.
  if (n > 2) {
    const double pairs_excl = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
    for (double& x : c) x /= pairs_excl;
  }
  return c;
}

}  // namespace kg::graph
