#include "kg/query/edge_columns.h"

namespace kg::query {

EdgeColumns::EdgeColumns(const graph::KnowledgeGraph& g)
    : graph_(&g), vertices_(g.vertex_count()), edges_(g.edge_count()) {
  const graph::BoostGraph& bg = g.graph();
  out_offset_.reserve(vertices_ + 1);
  in_offset_.reserve(vertices_ + 1);
  out_relation.reserve(edges_);
  out_event.reserve(edges_);
  in_relation.reserve(edges_);
  in_event.reserve(edges_);
  for (graph::Vertex v = 0; v < vertices_; ++v) {
    out_offset_.push_back(out_relation.size());
    for (const auto& e : boost::make_iterator_range(boost::out_edges(v, bg))) {
      out_relation.push_back(bg[e].relation);
      out_event.push_back(bg[e].event_class);
    }
    in_offset_.push_back(in_relation.size());
    for (const auto& e : boost::make_iterator_range(boost::in_edges(v, bg))) {
      in_relation.push_back(bg[e].relation);
      in_event.push_back(bg[e].event_class);
    }
  }
  out_offset_.push_back(out_relation.size());
  in_offset_.push_back(in_relation.size());
}

bool EdgeColumns::matches(const graph::KnowledgeGraph& g) const {
  return graph_ == &g && vertices_ == g.vertex_count() && edges_ == g.edge_count();
}

}  // namespace kg::query
