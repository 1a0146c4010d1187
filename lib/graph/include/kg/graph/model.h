// The knowledge graph: canonical actors and things as vertices, relations as
// edges, each edge carrying every piece of evidence behind it.
//
// Stored in a boost::adjacency_list (bidirectional, vecS/vecS) with bundled
// properties, plus an index from normalised name or alias to vertex.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "kg/extract/triple.h"

namespace kg::graph {

struct Evidence {
  std::string doc;
  std::uint32_t sentence = 0;  // sentence index in the document
  extract::Span sentence_span, subject_span, relation_span, object_span;
  std::string text;            // the sentence text
  double confidence = 0.0;
  std::string attribution;     // who said it, "" for the article itself

  // Evidence is identified by where it stands, so adding a document twice adds nothing.
  auto key() const {
    return std::tie(doc, sentence, subject_span.start, subject_span.end, relation_span.start, relation_span.end,
                    object_span.start, object_span.end);
  }
  friend bool operator<(const Evidence& a, const Evidence& b) { return a.key() < b.key(); }
  friend bool operator==(const Evidence& a, const Evidence& b) { return a.key() == b.key(); }
};

struct ActorVertex {
  std::string id;     // stable key: the canonical name ("Kim Jong Un"), or the thing's head phrase
  std::string name;   // display name (== id unless the user overrides it)
  std::string type;   // PERSON, ORG, GPE, LOC, NORP, GROUP, ..., or THING
  bool actor = true;  // false for things ("invitation", "sanctions")
  std::map<std::string, std::uint32_t> aliases;  // surface form -> count
  std::uint32_t mentions = 0;
  std::map<std::string, std::uint32_t> documents;  // doc id -> mentions
};

struct RelationEdge {
  std::string relation;  // normalised lemma ("avoid shake hand with")
  std::map<std::string, std::uint32_t> surface;  // surface forms -> count
  std::string event_class;  // PLOVER-style, "other" when none
  std::string quad_class;   // "verbal cooperation", ... or ""
  bool negated = false;
  std::string modality;
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
