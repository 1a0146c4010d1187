// Graph analytics over a KnowledgeGraph: neighbourhoods, shortest paths,
// connected components, PageRank, betweenness and degree. Results are
// indexed by vertex (vecS descriptors are 0..n-1).
//
// Paths and neighbourhoods ignore edge direction unless asked: "who is
// connected to whom" is what users mean, and a relation read the other way
// round is still a connection.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "kg/graph/knowledge_graph.h"

namespace kg::graph {

enum class Direction { out, in, both };

struct Reached {
  Vertex vertex;
  std::uint32_t depth;  // 0 for the start
  Vertex parent;        // the vertex it was reached from (itself for the start)
};

// Breadth-first search from `start` up to `max_depth` hops, in BFS order.
// Neighbours are taken in storage order (out-edges, then in-edges), which is
// id order for a graph read from a file; ties therefore break reproducibly.
std::vector<Reached> neighbourhood(const KnowledgeGraph& g, Vertex start, std::uint32_t max_depth,
                                   Direction dir = Direction::both);

// An unweighted shortest path from `from` to `to` (both ends included), or
// nothing when they are not connected. Among equally short paths the first
// in storage order is chosen (the smallest ids, for a graph read from a file).
std::optional<std::vector<Vertex>> shortest_path(const KnowledgeGraph& g, Vertex from, Vertex to,
                                                 Direction dir = Direction::both);

// Weakly connected components: component[v] in 0..count-1, numbered by the
// smallest vertex id they contain (in sorted id order).
struct Components {
  std::vector<std::uint32_t> component;
  std::uint32_t count = 0;
  std::vector<std::uint32_t> sizes;  // by component
};
Components connected_components(const KnowledgeGraph& g);

// PageRank by power iteration over the directed edges (each relation edge
// is one link), damping `damping`; rank of dangling vertices is spread over
// all vertices. Sums to 1. Stops when the L1 change falls below `tolerance`
// or after `max_iterations`.
struct PageRankOptions {
  double damping = 0.85;
  double tolerance = 1e-9;
  int max_iterations = 100;
};
std::vector<double> pagerank(const KnowledgeGraph& g, const PageRankOptions& options = {});

// Betweenness centrality (Brandes, via the BGL) on the undirected simple
// graph underneath (parallel edges and self-loops collapsed), normalised to
// [0, 1] by (n-1)(n-2)/2. O(V·E): exact, so meant for graphs of up to tens
// of thousands of edges.
std::vector<double> betweenness(const KnowledgeGraph& g);

// Number of relation edges at each vertex (a self-loop counts for both ends).
std::vector<std::uint32_t> degree(const KnowledgeGraph& g, Direction dir = Direction::both);

}  // namespace kg::graph
