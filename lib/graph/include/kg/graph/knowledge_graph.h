// KnowledgeGraph: the BoostGraph plus the indexes that make it usable and the
// rules that keep it consistent.
//
//  - id index: vertex id (canonical name, or a thing's text) -> vertex;
//  - name index: name_key(id, name or any alias) -> vertices, so find("Kim
//    Jong-un") finds the vertex "Kim Jong Un";
//  - edge index: (source, target, relation, negated, modality) -> edge.
//
// All mutation goes through this class so the indexes and the derived counts
// (model.h) stay right; read the BoostGraph through graph() for algorithms.
// add_triple is O(1) amortised (hash lookups, plus a search in the edge's
// sorted evidence).
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/extract/triple.h"
#include "kg/graph/model.h"

namespace kg::graph {

// Edge attributes that are not evidence: the identity of an edge (relation,
// negated, modality) and its classes.
struct EdgeLabel {
  Symbol relation;
  bool negated = false;
  Symbol modality;
  Symbol event_class;
  Symbol quad_class;
};

// A triple with its strings interned, as the graph stores it. Interning is
// most of the cost of adding a triple, so bulk loaders do it on another thread.
struct InternedTriple {
  Symbol subject, object;  // vertex ids
  bool subject_actor = true, object_actor = true;
  EdgeLabel label;
  Evidence evidence;
};
InternedTriple intern_triple(const extract::Triple& t);
InternedTriple intern_triple(const extract::TripleView& t);

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  // Adds a triple: subject and object become vertices keyed by their `id`
  // (canonical actors) or, when it is empty, their text (things); the
  // relation becomes an edge keyed by (lemma, negated, modality) holding the
  // triple as evidence. Returns false when that evidence was already there
  // (adding the same document twice adds nothing).
  bool add_triple(const extract::Triple& t);
  bool add_triple(const InternedTriple& t);

  // Adds every vertex, edge and evidence of `other`. Associative, commutative
  // and idempotent: the result depends only on the union of the evidence.
  void merge(const KnowledgeGraph& other);

  // Building blocks (used by the file reader and tests).
  // Finds or creates the vertex `id`; an existing vertex gets actor |= actor,
  // and name/type are combined by the merge rules (docs/graph-format.md).
  Vertex ensure_vertex(Symbol id, Symbol name, Symbol type, bool actor);
  // Finds or creates the edge source -> target with this relation, negation
  // and modality; classes are combined by the merge rules.
  Edge ensure_edge(Vertex source, Vertex target, const EdgeLabel& label);
  // Adds evidence to an edge and updates the derived counts. Returns false
  // when evidence with the same key is there (its payload becomes the larger
  // of the two, so merging stays order-independent).
  bool add_evidence(Edge e, const Evidence& ev);

  // Lookup.
  std::optional<Vertex> vertex(std::string_view id) const;  // exact id
  // Forgiving: every vertex whose id, name or an alias has the same
  // name_key as `name`, sorted by id.
  std::vector<Vertex> find(std::string_view name) const;
  std::optional<Edge> edge(Vertex source, Vertex target, Symbol relation, bool negated = false,
                           Symbol modality = {}) const;
  // Every edge a -> b and b -> a, in output order.
  std::vector<Edge> edges_between(Vertex a, Vertex b) const;

  const BoostGraph& graph() const { return *g_; }
  const ActorVertex& operator[](Vertex v) const { return (*g_)[v]; }
  const RelationEdge& operator[](Edge e) const { return (*g_)[e]; }
  std::size_t vertex_count() const { return boost::num_vertices(*g_); }
  std::size_t edge_count() const { return boost::num_edges(*g_); }
  std::size_t evidence_count() const { return evidence_count_; }

  // Deterministic output order: vertices by id; edges by (source id, target
  // id, relation, negated, modality).
  std::vector<Vertex> sorted_vertices() const;
  std::vector<Edge> sorted_edges() const;
  bool edge_less(Edge a, Edge b) const;

  // Same vertices (by id, with all fields) and same edges with the same evidence.
  friend bool operator==(const KnowledgeGraph& a, const KnowledgeGraph& b);
  // For tests: "" when equal, else the first difference found.
  std::string difference(const KnowledgeGraph& other) const;

  // Reserves room for about this many vertices and edges (bulk loading).
  void reserve(std::size_t vertices, std::size_t edges);

 private:
  struct Indexes;
  void apply_counts(Edge e, const Evidence& ev, int sign);
  void index_name(Vertex v, std::string_view name);
  void build_name_index() const;
  void rebuild_indexes();

  // Behind a pointer because adjacency_list has no move constructor: a copy
  // would give new edge descriptors and leave the edge index dangling.
  std::unique_ptr<BoostGraph> g_;
  std::unique_ptr<Indexes> ix_;
  std::size_t evidence_count_ = 0;
};

}  // namespace kg::graph
