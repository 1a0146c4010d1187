// The graph file (graph.kg.json): a versioned JSON document, specified in
// docs/graph-format.md. Written sorted, so the same graph always gives the
// same bytes, and atomically (temporary file, fsync, rename). Read as a
// stream, one vertex or edge at a time, with strict checks: an error names
// the byte offset, the element and the field.
#pragma once
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>

#include "kg/graph/knowledge_graph.h"

namespace kg::graph {

inline constexpr char kGraphFormatName[] = "kg-graph";
inline constexpr int kGraphFormatVersion = 1;

void write_graph(std::ostream& out, const KnowledgeGraph& g);
// Writes atomically; "-" writes to standard output.
void save_graph(const KnowledgeGraph& g, const std::filesystem::path& path);

// Throws kg::Error "PATH: byte N: ..." for anything that is not a valid graph
// file of a version this kg reads. "-" reads standard input.
KnowledgeGraph load_graph(const std::filesystem::path& path);
// The same from memory (tests).
KnowledgeGraph parse_graph(std::string_view json, std::string_view source);

}  // namespace kg::graph
