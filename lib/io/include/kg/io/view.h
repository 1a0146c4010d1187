// Views: the part of a graph a reader can take in at once. A whole corpus is
// unreadable as one picture, so `kg render` and `kg export` first cut the
// graph down: by evidence count, relation, actor type, around focus actors,
// and to the most central vertices.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/model.h"

namespace kg::io {

struct ViewOptions {
  std::vector<std::string> focus;      // names or aliases; keeps their ego network
  int depth = 1;                       // hops around the focus vertices
  std::uint32_t min_count = 1;         // edges with less evidence are dropped
  std::vector<std::string> types;      // vertex types to keep (THING for things); empty = all
  std::vector<std::string> relations;  // lemma, head verb, event class or quad class; empty = all
  std::size_t max_nodes = 0;           // 0 = no limit; else keeps the most central
  bool actors_only = false;            // drop things ("sanctions", "invitation")
};

// True when the options select the whole graph unchanged.
bool is_whole_graph(const ViewOptions& opt);

// Applies the options in this order: edge filters (min_count, relations),
// vertex filters (types, actors_only), the ego network around the focus,
// then max_nodes. Vertices left without edges by an edge filter are dropped
// (focus vertices stay). Throws kg::Error when a focus name matches nothing
// or is ambiguous. Vertex and edge order follow the input graph.
graph::BoostGraph make_view(const graph::BoostGraph& g, const ViewOptions& opt);

// Finds the vertex a user means by `name`, forgivingly: exact id or name,
// then the same after folding case, accents, hyphens and dots, also over
// aliases, then a unique vertex containing all of the query's words, then a
// unique near miss (a typo or two). Throws kg::Error naming the candidates
// when the name is ambiguous, or the closest names when nothing matches.
graph::Vertex find_vertex(const graph::BoostGraph& g, std::string_view name);

// Weighted degree centrality: the evidence on a vertex's edges, in and out,
// self-loops counted once. Ties are broken by mentions, then by id, in
// `rank_by_centrality`.
std::vector<double> centrality(const graph::BoostGraph& g);
std::vector<graph::Vertex> rank_by_centrality(const graph::BoostGraph& g);

}  // namespace kg::io
