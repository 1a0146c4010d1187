// `kg export`: one graph (or a view of it) to the files other tools read.
#pragma once
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "kg/graph/knowledge_graph.h"
#include "kg/io/rdf.h"
#include "kg/io/view.h"

namespace kg::io {

enum class ExportFormat { ntriples, turtle, nquads, graphml, csv, json };

// "nt", "ttl", "nq", "graphml", "csv", "json"; throws kg::Error otherwise.
ExportFormat parse_export_format(std::string_view name);
// From the extension of `out` (.nt, .ttl, .nq, .graphml, .json, .kg.json); none for others.
std::optional<ExportFormat> export_format_for_path(const std::filesystem::path& out);

struct ExportOptions {
  RdfOptions rdf;
};

// Writes `g` in `format` to `out` atomically and returns the files written
// (two for csv: see neo4j_csv_paths; a directory ending in '/' is created).
std::vector<std::filesystem::path> export_graph(const graph::KnowledgeGraph& g, ExportFormat format,
                                                const std::filesystem::path& out, const ExportOptions& opt = {});

// The view as a graph of its own: the vertices and edges make_view keeps,
// with counts derived again from the evidence that is left, so the result
// is a consistent graph file.
graph::KnowledgeGraph view_graph(const graph::KnowledgeGraph& g, const ViewOptions& opt);

}  // namespace kg::io
