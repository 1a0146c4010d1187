// RDF export through serd: N-Triples, Turtle and N-Quads, with the vocabulary
// described in docs/rdf.md. Entities get IRIs minted from their canonical
// names under a base IRI; every relation keeps its evidence (document,
// sentence, confidence) on a statement node, and in N-Quads each evidence
// is also the named graph of the triple it supports.
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "kg/graph/model.h"

namespace kg::io {

enum class RdfSyntax { ntriples, turtle, nquads };

inline constexpr std::string_view kDefaultBaseIri = "http://example.org/kg/";
inline constexpr std::string_view kDefaultVocabIri = "http://example.org/kg/ns#";
inline constexpr std::string_view kDefaultRelationIri = "http://example.org/kg/rel/";

struct RdfOptions {
  std::string base = std::string(kDefaultBaseIri);            // entities, documents, statements
  std::string vocab = std::string(kDefaultVocabIri);          // classes and properties (kg:)
  std::string relations = std::string(kDefaultRelationIri);  // relation predicates (rel:)
};

struct RdfResult {
  std::string text;
  std::size_t statements = 0;  // triples (or quads) written
};

// Throws kg::Error for a base, vocab or relations IRI that is not absolute
// or holds characters IRIs cannot.
RdfResult to_rdf(const graph::BoostGraph& g, RdfSyntax syntax, const RdfOptions& opt = {});

// The IRI-safe form of a name: spaces become "_"; "_", "%" and ASCII
// characters outside [A-Za-z0-9.~-] are percent-encoded; UTF-8 letters stay.
// Injective, so two names never share an IRI.
std::string iri_segment(std::string_view name);

// Checks an IRI given by the user and returns it ending in '/' or '#'.
std::string namespace_iri(std::string_view iri, std::string_view what);

}  // namespace kg::io
