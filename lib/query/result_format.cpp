#include "kg/query/result_format.h"

#include <cmath>
#include <cstdio>

namespace kg::query {
namespace {

std::string number_text(const Value& v) {
  if (v.kind() == Value::Kind::Int) return std::to_string(v.as_int());
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v.as_double());
  return buf;
}

std::string node_text(const graph::KnowledgeGraph& kg, graph::Vertex v) { return std::string(kg[v].name.view()); }

// "-[meet]->" or "<-[meet]-" depending on which way the edge runs from `from`.
std::string rel_step(const graph::KnowledgeGraph& kg, const graph::Edge& e, graph::Vertex from) {
  std::string rel(kg[e].relation.view());
  if (kg[e].negated) rel = "not " + rel;
  return boost::source(e, kg.graph()) == from ? "-[" + rel + "]->" : "<-[" + rel + "]-";
}

}  // namespace

std::string display(const graph::KnowledgeGraph& kg, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return v.as_bool() ? "true" : "false";
    case Value::Kind::Int:
    case Value::Kind::Float: return number_text(v);
    case Value::Kind::String: return std::string(v.as_string());
    case Value::Kind::Node: return node_text(kg, v.as_node());
    case Value::Kind::Rel: {
      graph::Vertex s = boost::source(v.as_rel(), kg.graph()), t = boost::target(v.as_rel(), kg.graph());
      return "(" + node_text(kg, s) + ")" + rel_step(kg, v.as_rel(), s) + "(" + node_text(kg, t) + ")";
    }
    case Value::Kind::Path: {
      const PathValue& p = v.as_path();
      std::string out = "(" + node_text(kg, p.nodes[0]) + ")";
      for (std::size_t i = 0; i < p.edges.size(); ++i)
        out += rel_step(kg, p.edges[i], p.nodes[i]) + "(" + node_text(kg, p.nodes[i + 1]) + ")";
      return out;
    }
    case Value::Kind::List: {
      std::string out = "[";
      for (std::size_t i = 0; i < v.as_list().size(); ++i) out += (i ? ", " : "") + display(kg, v.as_list()[i]);
      return out + "]";
    }
    case Value::Kind::Map: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, x] : v.as_map()) {
        out += (first ? "" : ", ") + k + ": " + display(kg, x);
        first = false;
      }
      return out + "}";
    }
  }
  return {};
}

graph::Cell to_cell(const graph::KnowledgeGraph& kg, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: return {};
    case Value::Kind::Bool: return graph::Cell(v.as_bool());
    case Value::Kind::Int: return graph::Cell(static_cast<long long>(v.as_int()));
    case Value::Kind::Float: return graph::Cell(v.as_double());
    case Value::Kind::List: {
      std::vector<graph::Cell> items;
      for (const Value& x : v.as_list()) items.push_back(to_cell(kg, x));
      return graph::Cell::of_list(std::move(items));
    }
    default: return graph::Cell(display(kg, v));
  }
}

graph::Table to_table(const graph::KnowledgeGraph& kg, const QueryResult& result) {
  graph::Table t;
  t.columns = result.columns;
  t.rows.reserve(result.rows.size());
  for (const auto& row : result.rows) {
    std::vector<graph::Cell> cells;
    cells.reserve(row.size());
    for (const Value& v : row) cells.push_back(to_cell(kg, v));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

}  // namespace kg::query
