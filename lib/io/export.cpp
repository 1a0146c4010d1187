#include "kg/io/export.h"

#include <string>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/graph/graph_file.h"
#include "kg/io/graphml.h"
#include "kg/io/neo4j_csv.h"

namespace kg::io {

ExportFormat parse_export_format(std::string_view name) {
  if (name == "nt" || name == "ntriples") return ExportFormat::ntriples;
  if (name == "ttl" || name == "turtle") return ExportFormat::turtle;
  if (name == "nq" || name == "nquads") return ExportFormat::nquads;
  if (name == "graphml") return ExportFormat::graphml;
  if (name == "csv" || name == "neo4j") return ExportFormat::csv;
  if (name == "json") return ExportFormat::json;
  throw Error("unknown export format '" + std::string(name) + "' (expected nt, ttl, nq, graphml, csv or json)");
}

std::optional<ExportFormat> export_format_for_path(const std::filesystem::path& out) {
  std::string ext = out.extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (ext == ".nt") return ExportFormat::ntriples;
  if (ext == ".ttl") return ExportFormat::turtle;
  if (ext == ".nq") return ExportFormat::nquads;
  if (ext == ".graphml") return ExportFormat::graphml;
  if (ext == ".json") return ExportFormat::json;
  return std::nullopt;
}

std::vector<std::filesystem::path> export_graph(const graph::KnowledgeGraph& g, ExportFormat format,
                                                const std::filesystem::path& out, const ExportOptions& opt) {
  switch (format) {
    case ExportFormat::ntriples:
      write_file_atomic(out, to_rdf(g.graph(), RdfSyntax::ntriples, opt.rdf).text);
      return {out};
    case ExportFormat::turtle:
      write_file_atomic(out, to_rdf(g.graph(), RdfSyntax::turtle, opt.rdf).text);
      return {out};
    case ExportFormat::nquads:
      write_file_atomic(out, to_rdf(g.graph(), RdfSyntax::nquads, opt.rdf).text);
      return {out};
    case ExportFormat::graphml:
      write_file_atomic(out, to_graphml(g.graph()));
      return {out};
    case ExportFormat::json:
      graph::save_graph(g, out);
      return {out};
    case ExportFormat::csv: {
      if (out.string() == "-") throw Error("csv export writes two files: give -o a directory or a prefix, not '-'");
      const std::string s = out.string();
      if (!s.empty() && s.back() == '/') {
        std::error_code ec;
        std::filesystem::create_directories(out, ec);
        if (ec) throw Error(s + ": cannot create the directory: " + ec.message());
      }
      const auto [nodes, relationships] = neo4j_csv_paths(out);
      const Neo4jCsv csv = to_neo4j_csv(g.graph());
      write_file_atomic(nodes, csv.nodes);
      write_file_atomic(relationships, csv.relationships);
      return {nodes, relationships};
    }
  }
  throw Error("unknown export format");
}

graph::KnowledgeGraph view_graph(const graph::KnowledgeGraph& g, const ViewOptions& opt) {
  const graph::BoostGraph view = make_view(g.graph(), opt);
  graph::KnowledgeGraph out;
  out.reserve(num_vertices(view), num_edges(view));
  std::vector<graph::Vertex> map(num_vertices(view));
  for (graph::Vertex v : boost::make_iterator_range(vertices(view)))
    map[v] = out.ensure_vertex(view[v].id, view[v].name, view[v].type, view[v].actor);
  for (graph::Edge e : boost::make_iterator_range(edges(view))) {
    const graph::RelationEdge& r = view[e];
    const graph::EdgeLabel label{r.relation, r.negated, r.modality, r.event_class, r.quad_class};
    const graph::Edge ne = out.ensure_edge(map[source(e, view)], map[target(e, view)], label);
    for (const graph::Evidence& ev : r.evidence) out.add_evidence(ne, ev);
  }
  return out;
}

}  // namespace kg::io
