// The answers of the graph shortcut commands (`kg stats/top/neighbors/path/
// evidence`) as Tables, so the commands only parse options and print.
#pragma once
#include <cstddef>
#include <string_view>

#include "kg/graph/knowledge_graph.h"
#include "kg/graph/table.h"

namespace kg::graph {

// The vertex a user means by `name`: the exact id, else the only vertex
// whose id, name or alias matches forgivingly, else the only actor whose id
// or name contains all the words of `name` ("Holm" for "Jonas Holm"). Throws kg::Error naming the
// candidates when the name is unknown or ambiguous.
Vertex resolve_vertex(const KnowledgeGraph& g, std::string_view name);

// metric | value: sizes, actors/things, documents, relations, components...
Table stats_table(const KnowledgeGraph& g);

enum class Centrality { pagerank, degree, betweenness };
Centrality parse_centrality(std::string_view name);  // throws kg::Error
// rank | id | type | score | degree, best first (ties by id).
Table top_table(const KnowledgeGraph& g, Centrality by, std::size_t limit);

// depth | id | type | via | relations: everything within `depth` hops (either
// direction) and the relations that link it to the vertex it was reached from.
Table neighbors_table(const KnowledgeGraph& g, Vertex start, std::uint32_t depth);

// step | subject | relation | object: one row per hop of a shortest path,
// each hop shown as the edge's own direction (the best-attested edge when
// there are several). Throws kg::Error when the two are not connected.
Table path_table(const KnowledgeGraph& g, Vertex from, Vertex to);

// subject | relation | object | negated | modality | doc | sentence |
// confidence | text: every piece of evidence on every edge between a and b.
Table evidence_table(const KnowledgeGraph& g, Vertex a, Vertex b);

}  // namespace kg::graph
