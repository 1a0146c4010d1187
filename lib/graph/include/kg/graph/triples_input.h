// Streaming triples JSONL (the format of `kg extract`, extract/triple.h) into
// a graph. The input is read in large blocks and never held whole; lines are
// parsed on a second thread while this thread adds them to the graph, which
// is what lets a million triples load in a couple of seconds.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string_view>

#include "kg/graph/knowledge_graph.h"

namespace kg::graph {

struct TriplesLoad {
  std::size_t triples = 0;  // lines read
  std::size_t added = 0;    // triples that brought new evidence
};

// Adds every triple of `path` ("-" = standard input). Throws kg::Error
// "PATH: line N: ..." for a bad line; the graph then holds the lines before it.
TriplesLoad add_triples_file(KnowledgeGraph& g, const std::filesystem::path& path, bool quiet = true);

// The same from memory (tests).
TriplesLoad add_triples_text(KnowledgeGraph& g, std::string_view jsonl, std::string_view source);

}  // namespace kg::graph
