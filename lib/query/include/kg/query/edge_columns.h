// The relation and event class of every edge, stored in adjacency order
// next to each other. The graph keeps each edge's properties in its own heap
// node, so a scan over all edges misses the cache once per edge; with these
// columns a scan reads contiguous memory. Built once (one pass over the
// edges) for a graph that no longer changes, and passed to queries through
// QueryOptions::columns; queries run the same without it.
#pragma once
#include <cstdint>
#include <vector>

#include "kg/graph/knowledge_graph.h"

namespace kg::query {

class EdgeColumns {
 public:
  explicit EdgeColumns(const graph::KnowledgeGraph& g);

  // True when built from this graph and it still has the same shape.
  bool matches(const graph::KnowledgeGraph& g) const;

  // Position of v's first out-edge (in-edge) in the columns; its k-th edge
  // in boost::out_edges (in_edges) order is at begin + k.
  std::size_t out_begin(graph::Vertex v) const { return out_offset_[v]; }
  std::size_t in_begin(graph::Vertex v) const { return in_offset_[v]; }
  std::vector<graph::Symbol> out_relation, out_event, in_relation, in_event;

 private:
  const graph::KnowledgeGraph* graph_;
  std::size_t vertices_, edges_;
  std::vector<std::size_t> out_offset_, in_offset_;
};

}  // namespace kg::query
