// `kg bench graph`: a synthetic graph with realistic degree skew (Zipf
// endpoints, ~40 relation lemmas) written as triples JSONL, then timed
// through the same code paths users run: loading triples, saving and
// loading the graph file, pattern queries through the query engine,
// PageRank, shortest paths, and merging two halves.
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.h"
#include "kg/graph/table.h"

namespace kg::query {

struct SyntheticGraphSpec {
  std::size_t edges = 1'000'000;  // distinct (subject, relation, object) triples
  std::size_t nodes = 100'000;
  std::size_t relations = 40;
  double zipf_exponent = 1.0;  // endpoint popularity ~ 1 / rank^s
  std::uint64_t seed = 1;
};

// Writes one triple per line; every line is a distinct edge. Returns the
// number of lines. Node ranks are shuffled, so hubs are spread over ids.
std::size_t write_synthetic_triples(const SyntheticGraphSpec& spec, const std::filesystem::path& path);

struct BenchOptions {
  SyntheticGraphSpec spec;
  std::filesystem::path work_dir;   // where the JSONL and graph files go
  std::size_t start_nodes = 1000;  // one-hop and two-hop: median over this many start nodes
  std::size_t path_pairs = 200;    // shortest path: median over this many pairs
  bool keep_files = false;
  // Progress lines ("generating...", "loading..."), for stderr.
  std::function<void(const std::string&)> log;
};

// One row per measurement: step, what was measured, time, peak RSS of the
// step (VmHWM, reset before each step when the kernel allows).
graph::Table run_graph_bench(const BenchOptions& options);

// Peak and current resident set size of this process in bytes (0 when unknown).
std::size_t peak_rss_bytes();
std::size_t current_rss_bytes();
// Starts a new peak (writes 5 to /proc/self/clear_refs); false when not allowed.
bool reset_peak_rss();

}  // namespace kg::query
