#include "kg/io/query_view.h"

#include <set>
#include <vector>

#include "kg/base/error.h"
#include "kg/query/query.h"

namespace kg::io {
namespace {

using graph::Edge;
using graph::Vertex;

struct Collected {
  std::vector<bool> vertex;
  std::set<Edge> edges;
  bool any_node = false;
};

void collect(const query::Value& v, const graph::BoostGraph& g, Collected& c) {
  switch (v.kind()) {
    case query::Value::Kind::Node:
      c.vertex[v.as_node()] = true;
      c.any_node = true;
      break;
    case query::Value::Kind::Rel: {
      const Edge e = v.as_rel();
      c.edges.insert(e);
      c.vertex[source(e, g)] = c.vertex[target(e, g)] = true;
      break;
    }
    case query::Value::Kind::Path:
      for (Vertex n : v.as_path().nodes) c.vertex[n] = true;
      for (const Edge& e : v.as_path().edges) c.edges.insert(e);
      c.any_node = true;
      break;
    case query::Value::Kind::List:
      for (const auto& item : v.as_list()) collect(item, g, c);
      break;
    case query::Value::Kind::Map:
      for (const auto& [key, item] : v.as_map()) collect(item, g, c);
      break;
    default:
      break;
  }
}

}  // namespace

graph::BoostGraph query_view(const graph::KnowledgeGraph& kg, std::string_view cypher) {
  const graph::BoostGraph& g = kg.graph();
  const query::QueryResult result = query::run_query(kg, cypher);
  Collected c{std::vector<bool>(num_vertices(g), false), {}, false};
  for (const auto& row : result.rows)
    for (const auto& value : row) collect(value, g, c);
  if (!c.any_node && c.edges.empty())
    throw Error("the query returns no nodes, relationships or paths to draw (return them, e.g. RETURN a, r, b)");
  const bool connect = c.edges.empty();
  graph::BoostGraph out;
  std::vector<Vertex> map(num_vertices(g), graph::BoostGraph::null_vertex());
  for (Vertex v : boost::make_iterator_range(vertices(g)))
    if (c.vertex[v]) map[v] = add_vertex(g[v], out);
  for (Edge e : boost::make_iterator_range(edges(g))) {
    const Vertex s = source(e, g), t = target(e, g);
    if (connect ? (c.vertex[s] && c.vertex[t]) : c.edges.count(e) > 0) add_edge(map[s], map[t], g[e], out);
  }
  return out;
}

}  // namespace kg::io
