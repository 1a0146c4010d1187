// Synthetic graphs for benchmarks: news-like shape (a few hubs, many
// leaves, preferential attachment), every actor type and quad class,
// deterministic for a seed.
#pragma once
#include <cstddef>
#include <cstdint>

#include "kg/graph/knowledge_graph.h"

namespace kg::io {

// About `nodes` vertices and 2.5 × nodes edges, each with 1–3 pieces of evidence.
graph::KnowledgeGraph synthetic_graph(std::size_t nodes, std::uint32_t seed = 1);

}  // namespace kg::io
