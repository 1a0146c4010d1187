// The knowledge graph: canonical actors and things as vertices, relations as
// edges, each edge carrying every piece of evidence behind it.
//
// Stored in a boost::adjacency_list (bidirectional, vecS/vecS) with bundled
// properties; KnowledgeGraph (knowledge_graph.h) adds the id, name/alias and
// edge indexes and keeps the invariants below.
//
// Counts are derived from evidence, never summed: an edge's evidence is a set
// (keyed by Evidence::key), and every count on a vertex or edge (aliases,
// mentions, documents, types, surface forms) is a function of the evidence
// sets of the edges around it. That is what makes adding a document twice a
// no-op and merge associative, commutative and idempotent (docs/graph-format.md).
//
// Strings that repeat are interned Symbols (symbol.h): 4 bytes each.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "kg/extract/triple.h"
#include "kg/graph/count_map.h"
#include "kg/graph/symbol.h"

namespace kg::graph {

struct Evidence {
  Symbol doc;
  std::uint32_t sentence = 0;  // sentence index in the document
  extract::Span sentence_span, subject_span, relation_span, object_span;
  Symbol text;                 // the sentence text ("" when the triples did not carry it)
  double confidence = 0.0;
  Symbol attribution;          // who said it, "" for the article itself
  // What the triple said at this place; the vertex and edge counts are derived from these.
  Symbol subject_text, object_text, relation_text;
  Symbol subject_type, object_type;

  // Evidence is identified by where it stands, so adding a document twice adds nothing.
  auto key() const {
    return std::tie(doc, sentence, subject_span.start, subject_span.end, relation_span.start, relation_span.end,
                    object_span.start, object_span.end);
  }
  // Everything else; when two graphs disagree on the payload of the same key,
  // merge keeps the larger payload (a total order, so merge stays commutative).
  auto payload() const {
    return std::tie(confidence, text, attribution, subject_text, object_text, relation_text, subject_type, object_type,
                    sentence_span.start, sentence_span.end);
  }
  friend bool operator<(const Evidence& a, const Evidence& b) { return a.key() < b.key(); }
  friend bool operator==(const Evidence& a, const Evidence& b) { return a.key() == b.key(); }
  bool same_as(const Evidence& o) const { return key() == o.key() && payload() == o.payload(); }
};

struct ActorVertex {
  Symbol id;          // stable key: the canonical name ("Kim Jong Un"), or the thing's text
  Symbol name;        // display name (== id unless the user overrides it)
  Symbol type;        // PERSON, ORG, GPE, LOC, NORP, GROUP, ..., or "" for things
  bool actor = true;  // false for things ("invitation", "sanctions")
  // Derived from the evidence on the incident edges (one per evidence item
  // and role; a self-loop counts twice):
  CountMap aliases;    // surface form -> evidence count
  std::uint32_t mentions = 0;
  CountMap documents;  // doc id -> evidence count
  CountMap types;      // type votes; `type` is the most voted (ties: smallest)
};

struct RelationEdge {
  Symbol relation;     // normalised lemma ("avoid shake hand with")
  CountMap surface;    // surface forms -> evidence count (derived)
  Symbol event_class;  // PLOVER-style, "other" when none
  Symbol quad_class;   // "verbal cooperation", ... or ""
  bool negated = false;
  Symbol modality;
  std::vector<Evidence> evidence;  // sorted by Evidence::key, unique
  std::uint32_t count() const { return static_cast<std::uint32_t>(evidence.size()); }
  double confidence() const;  // max over evidence

  // Two edges between the same vertices merge when this key is equal.
  auto key() const { return std::tie(relation, negated, modality); }
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ActorVertex, RelationEdge>;
using Vertex = BoostGraph::vertex_descriptor;
using Edge = BoostGraph::edge_descriptor;

// Lower-cases, folds hyphens/dots/apostrophes/spaces and accents, so that
// "Kim Jong-un", "Kim Jong Un" and "kim jong un" meet in the name index.
std::string name_key(std::string_view name);

}  // namespace kg::graph
