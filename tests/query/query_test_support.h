// Shared by the query tests: the hand-made news graph and result rows as text.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "kg/base/atomic_file.h"
#include "kg/extract/triple.h"
#include "kg/graph/knowledge_graph.h"
#include "kg/query/query.h"
#include "kg/query/result_format.h"

namespace kg::test {

// A graph from triples JSONL, added one triple at a time through the public API.
inline graph::KnowledgeGraph graph_from_triples(const std::filesystem::path& path) {
  graph::KnowledgeGraph g;
  std::string data = read_file(path);
  for (const auto& t : extract::read_triples_jsonl(data, path.string())) g.add_triple(t);
  return g;
}

inline std::filesystem::path news_triples() { return std::filesystem::path(KG_TEST_DATA_DIR) / "query/news.triples.jsonl"; }

inline const graph::KnowledgeGraph& news_graph() {
  static const graph::KnowledgeGraph g = graph_from_triples(news_triples());
  return g;
}

// Each row as its cells joined by '|', as in the .test files.
inline std::vector<std::string> row_texts(const graph::KnowledgeGraph& g, const query::QueryResult& r) {
  std::vector<std::string> out;
  for (const auto& row : r.rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) line += (i ? "|" : "") + query::to_cell(g, row[i]).text();
    out.push_back(line);
  }
  return out;
}

}  // namespace kg::test
