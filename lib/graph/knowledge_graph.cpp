#include "kg/graph/knowledge_graph.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <mutex>
#include <unordered_set>

namespace kg::graph {
namespace {

struct EdgeKey {
  std::uint64_t ends;  // source << 32 | target
  std::uint32_t relation, modality;
  bool negated;
  friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
};
struct EdgeKeyHash {
  std::size_t operator()(const EdgeKey& k) const noexcept {
    std::uint64_t h = k.ends * 0x9E3779B97F4A7C15ull;
    h ^= (std::uint64_t{k.relation} << 32 | k.modality) + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2);
    h ^= k.negated ? 0xA24BAED4963EE407ull : 0;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};
// Edge index: open addressing over slots that hold a hash tag and the
// position of (key, edge) in `entries`; half full at most.
class EdgeTable {
 public:
  const Edge* find(const EdgeKey& k) const {
    if (slots_.empty()) return nullptr;
    std::size_t h = EdgeKeyHash{}(k), mask = slots_.size() - 1;
    std::uint32_t tag = static_cast<std::uint32_t>(static_cast<std::uint64_t>(h) >> 32);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      std::uint64_t s = slots_[i];
      if (s == 0) return nullptr;
      if (static_cast<std::uint32_t>(s >> 32) == tag && entries_[static_cast<std::uint32_t>(s) - 1].first == k)
        return &entries_[static_cast<std::uint32_t>(s) - 1].second;
    }
  }
  void insert(const EdgeKey& k, Edge e) {  // k must be new
    if (2 * (entries_.size() + 1) > slots_.size()) rehash(slots_.empty() ? 64 : slots_.size() * 2);
    entries_.emplace_back(k, e);
    place(k, static_cast<std::uint32_t>(entries_.size()));
  }
  void reserve(std::size_t n) {
    entries_.reserve(n);
    std::size_t want = 64;
    while (want < 2 * n) want *= 2;
    if (want > slots_.size()) rehash(want);
  }

 private:
  void place(const EdgeKey& k, std::uint32_t ordinal) {
    std::size_t h = EdgeKeyHash{}(k), mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = (static_cast<std::uint64_t>(h) >> 32 << 32) | ordinal;
  }
  void rehash(std::size_t n) {
    slots_.assign(n, 0);
    for (std::size_t i = 0; i < entries_.size(); ++i) place(entries_[i].first, static_cast<std::uint32_t>(i + 1));
  }
  std::vector<std::uint64_t> slots_;
  std::vector<std::pair<EdgeKey, Edge>> entries_;
};

EdgeKey make_key(Vertex s, Vertex t, Symbol relation, bool negated, Symbol modality) {
  return {std::uint64_t{static_cast<std::uint32_t>(s)} << 32 | static_cast<std::uint32_t>(t), relation.id(),
          modality.id(), negated};
}

// The total order used to combine event and quad classes: a real class beats
// "other", which beats nothing; among real classes the smaller string wins.
Symbol better_class(Symbol a, Symbol b) {
  if (a == b) return a;  // the common case, without string compares
  auto rank = [](Symbol s) { return s.empty() ? 0 : s == "other" ? 1 : 2; };
  if (rank(a) != rank(b)) return rank(a) > rank(b) ? a : b;
  return b < a ? b : a;
}

// Display names: a name that differs from the id (a user's override) beats
// the id; among overrides the smaller string wins.
Symbol better_name(Symbol id, Symbol a, Symbol b) {
  if (a == b) return a;
  if (a.empty() || a == id) return b.empty() ? id : b;
  if (b.empty() || b == id) return a;
  return b < a ? b : a;
}

}  // namespace

struct KnowledgeGraph::Indexes {
  FlatIndex ids;  // Symbol id -> vertex
  // Built on the first find(): bulk loads do not pay for name_key on every
  // alias, and most commands never look a name up.
  std::mutex names_mutex;
  bool names_ready = false;
  std::unordered_map<std::string, std::vector<Vertex>> names;
  EdgeTable edges;
};

double RelationEdge::confidence() const {
  double c = 0.0;
  for (const Evidence& e : evidence) c = std::max(c, e.confidence);
  return c;
}

KnowledgeGraph::KnowledgeGraph() : g_(std::make_unique<BoostGraph>()), ix_(std::make_unique<Indexes>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : g_(std::make_unique<BoostGraph>(*other.g_)), ix_(std::make_unique<Indexes>()), evidence_count_(other.evidence_count_) {
  rebuild_indexes();  // edge descriptors point into the copied edge list
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) {
    KnowledgeGraph copy(other);
    *this = std::move(copy);
  }
  return *this;
}

void KnowledgeGraph::reserve(std::size_t vertices, std::size_t edges) {
  g_->m_vertices.reserve(vertices);
  ix_->ids.reserve(vertices);
  ix_->names.reserve(vertices);
  ix_->edges.reserve(edges);
}

void KnowledgeGraph::rebuild_indexes() {
  ix_ = std::make_unique<Indexes>();
  for (Vertex v : boost::make_iterator_range(boost::vertices(*g_))) ix_->ids.put((*g_)[v].id.id(), static_cast<std::uint32_t>(v));
  for (Edge e : boost::make_iterator_range(boost::edges(*g_))) {
    const RelationEdge& r = (*g_)[e];
    ix_->edges.insert(make_key(boost::source(e, *g_), boost::target(e, *g_), r.relation, r.negated, r.modality), e);
  }
}

void KnowledgeGraph::build_name_index() const {
  std::lock_guard<std::mutex> lock(ix_->names_mutex);
  if (ix_->names_ready) return;
  ix_->names_ready = true;
  auto* self = const_cast<KnowledgeGraph*>(this);  // the index is a cache
  for (Vertex v : boost::make_iterator_range(boost::vertices(*g_))) {
    self->index_name(v, (*g_)[v].id);
    self->index_name(v, (*g_)[v].name);
    for (const auto& [alias, n] : (*g_)[v].aliases) self->index_name(v, alias);
  }
}

void KnowledgeGraph::index_name(Vertex v, std::string_view name) {
  if (!ix_->names_ready) return;
  std::string key = name_key(name);
  if (key.empty()) return;
  std::vector<Vertex>& vs = ix_->names[std::move(key)];
  if (std::find(vs.begin(), vs.end(), v) == vs.end()) vs.push_back(v);
}

Vertex KnowledgeGraph::ensure_vertex(Symbol id, Symbol name, Symbol type, bool actor) {
  std::uint32_t found = ix_->ids.find(id.id());
  if (found == FlatIndex::npos) {
    ActorVertex a;
    a.id = id;
    a.name = name.empty() ? id : name;
    a.type = type;
    a.actor = actor;
    Vertex v = boost::add_vertex(std::move(a), *g_);
    ix_->ids.put(id.id(), static_cast<std::uint32_t>(v));
    index_name(v, id);
    if ((*g_)[v].name != id) index_name(v, (*g_)[v].name);
    return v;
  }
  Vertex v = found;
  ActorVertex& a = (*g_)[v];
  a.actor = a.actor || actor;
  Symbol n = better_name(id, a.name, name);
  if (n != a.name) {
    a.name = n;
    index_name(v, n);
  }
  // Without type votes the declared types are combined by taking the larger.
  if (a.types.empty() && type != a.type && a.type < type) a.type = type;
  return v;
}

Edge KnowledgeGraph::ensure_edge(Vertex source, Vertex target, const EdgeLabel& label) {
  EdgeKey key = make_key(source, target, label.relation, label.negated, label.modality);
  if (const Edge* found = ix_->edges.find(key)) {
    RelationEdge& r = (*g_)[*found];
    r.event_class = better_class(r.event_class, label.event_class);
    r.quad_class = better_class(r.quad_class, label.quad_class);
    return *found;
  }
  RelationEdge r;
  r.relation = label.relation;
  r.negated = label.negated;
  r.modality = label.modality;
  r.event_class = label.event_class;
  r.quad_class = label.quad_class;
  Edge e = boost::add_edge(source, target, std::move(r), *g_).first;
  ix_->edges.insert(key, e);
  return e;
}

void KnowledgeGraph::apply_counts(Edge e, const Evidence& ev, int sign) {
  auto count_role = [&](Vertex v, Symbol text, Symbol type) {
    ActorVertex& a = (*g_)[v];
    // The name index exists only once something was looked up by name; bulk
    // loads skip the extra alias lookup this needs.
    bool index = sign > 0 && ix_->names_ready && !text.empty() && !a.aliases.contains(text);
    a.aliases.add(text, sign);
    if (index) index_name(v, text);
    a.mentions = static_cast<std::uint32_t>(static_cast<std::int64_t>(a.mentions) + sign);
    a.documents.add(ev.doc, sign);
    if (!type.empty()) {
      a.types.add(type, sign);
      if (!a.types.empty()) a.type = a.types.argmax();
    }
  };
  count_role(boost::source(e, *g_), ev.subject_text, ev.subject_type);
  count_role(boost::target(e, *g_), ev.object_text, ev.object_type);
  (*g_)[e].surface.add(ev.relation_text, sign);
}

bool KnowledgeGraph::add_evidence(Edge e, const Evidence& ev) {
  std::vector<Evidence>& list = (*g_)[e].evidence;
  auto pos = list.end();
  if (!list.empty() && !(list.back() < ev)) pos = std::lower_bound(list.begin(), list.end(), ev);
  if (pos != list.end() && *pos == ev) {
    if (!(pos->payload() < ev.payload())) return false;
    // Same place, different content: keep the larger payload so the result
    // does not depend on which graph came first.
    Evidence old = *pos;
    apply_counts(e, old, -1);
    *pos = ev;
    apply_counts(e, ev, +1);
    return false;
  }
  list.insert(pos, ev);
  ++evidence_count_;
  apply_counts(e, ev, +1);
  return true;
}

InternedTriple intern_triple(const extract::TripleView& t) {
  InternedTriple x;
  Evidence& ev = x.evidence;
  // An actor's id is often its text, and a relation's lemma its text: one
  // lookup instead of two.
  auto same_or = [](Symbol known, std::string_view known_text, std::string_view s) {
    return s == known_text ? known : Symbol(s);
  };
  ev.subject_text = Symbol(t.subject.text);
  ev.object_text = Symbol(t.object.text);
  ev.relation_text = Symbol(t.relation.text);
  x.subject = t.subject.id.empty() ? ev.subject_text : same_or(ev.subject_text, t.subject.text, t.subject.id);
  x.object = t.object.id.empty() ? ev.object_text : same_or(ev.object_text, t.object.text, t.object.id);
  x.subject_actor = t.subject.kind == "actor";
  x.object_actor = t.object.kind == "actor";
  x.label.relation = t.relation.lemma.empty() ? ev.relation_text : same_or(ev.relation_text, t.relation.text, t.relation.lemma);
  x.label.negated = t.negated;
  x.label.modality = Symbol(t.modality);
  x.label.event_class = Symbol(t.event_class);
  x.label.quad_class = Symbol(t.quad_class);
  ev.doc = Symbol(t.doc);
  ev.sentence = t.sentence;
  ev.sentence_span = t.sentence_span;
  ev.subject_span = t.subject.span;
  ev.relation_span = t.relation.span;
  ev.object_span = t.object.span;
  ev.text = Symbol(t.sentence_text);
  // Kept to the precision of the triples format (three decimals, as
  // extract::to_json writes it), so a graph built straight from articles and
  // one built from the same triples after a trip through JSONL are the same.
  ev.confidence = std::round(t.confidence * 1000.0) / 1000.0;
  ev.attribution = Symbol(t.attribution);
  ev.subject_type = Symbol(t.subject.type);
  ev.object_type = Symbol(t.object.type);
  return x;
}

InternedTriple intern_triple(const extract::Triple& t) {
  auto arg = [](const extract::Argument& a) { return extract::ArgumentView{a.text, a.id, a.type, a.kind, a.span}; };
  extract::TripleView v;
  v.doc = t.doc;
  v.sentence = t.sentence;
  v.sentence_span = t.sentence_span;
  v.sentence_text = t.sentence_text;
  v.subject = arg(t.subject);
  v.relation = {t.relation.text, t.relation.lemma, t.relation.span};
  v.object = arg(t.object);
  v.negated = t.negated;
  v.modality = t.modality;
  v.attribution = t.attribution;
  v.event_class = t.event_class;
  v.quad_class = t.quad_class;
  v.confidence = t.confidence;
  return intern_triple(v);
}

bool KnowledgeGraph::add_triple(const extract::Triple& t) { return add_triple(intern_triple(t)); }

bool KnowledgeGraph::add_triple(const InternedTriple& t) {
  Vertex s = ensure_vertex(t.subject, t.subject, {}, t.subject_actor);
  Vertex o = ensure_vertex(t.object, t.object, {}, t.object_actor);
  return add_evidence(ensure_edge(s, o, t.label), t.evidence);
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  if (&other == this) return;  // idempotent
  const BoostGraph& og = *other.g_;
  std::vector<Vertex> map(boost::num_vertices(og));
  for (Vertex v : boost::make_iterator_range(boost::vertices(og))) {
    const ActorVertex& a = og[v];
    // Votes travel with the evidence; only a vote-less vertex brings its type.
    map[v] = ensure_vertex(a.id, a.name, a.types.empty() ? a.type : Symbol(), a.actor);
  }
  for (Edge e : boost::make_iterator_range(boost::edges(og))) {
    const RelationEdge& r = og[e];
    Edge mine = ensure_edge(map[boost::source(e, og)], map[boost::target(e, og)],
                            {r.relation, r.negated, r.modality, r.event_class, r.quad_class});
    for (const Evidence& ev : r.evidence) add_evidence(mine, ev);
  }
}

std::optional<Vertex> KnowledgeGraph::vertex(std::string_view id) const {
  Symbol s = Symbol::find(id);
  if (s.empty()) return std::nullopt;
  std::uint32_t v = ix_->ids.find(s.id());
  if (v == FlatIndex::npos) return std::nullopt;
  return Vertex{v};
}

std::vector<Vertex> KnowledgeGraph::find(std::string_view name) const {
  build_name_index();
  std::vector<Vertex> out;
  auto it = ix_->names.find(name_key(name));
  if (it != ix_->names.end()) out = it->second;
  std::optional<Vertex> exact = vertex(name);
  if (exact && std::find(out.begin(), out.end(), *exact) == out.end()) out.push_back(*exact);
  // The exact id first, then the rest by id.
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    if (exact && (a == *exact || b == *exact)) return a == *exact && b != *exact;
    return (*g_)[a].id < (*g_)[b].id;
  });
  return out;
}

std::optional<Edge> KnowledgeGraph::edge(Vertex source, Vertex target, Symbol relation, bool negated,
                                         Symbol modality) const {
  if (const Edge* e = ix_->edges.find(make_key(source, target, relation, negated, modality))) return *e;
  return std::nullopt;
}

std::vector<Edge> KnowledgeGraph::edges_between(Vertex a, Vertex b) const {
  std::vector<Edge> out;
  for (Edge e : boost::make_iterator_range(boost::out_edges(a, *g_)))
    if (boost::target(e, *g_) == b) out.push_back(e);
  if (a != b)
    for (Edge e : boost::make_iterator_range(boost::out_edges(b, *g_)))
      if (boost::target(e, *g_) == a) out.push_back(e);
  std::sort(out.begin(), out.end(), [&](Edge x, Edge y) { return edge_less(x, y); });
  return out;
}

std::vector<Vertex> KnowledgeGraph::sorted_vertices() const {
  std::vector<Vertex> out(boost::vertices(*g_).first, boost::vertices(*g_).second);
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return (*g_)[a].id < (*g_)[b].id; });
  return out;
}

bool KnowledgeGraph::edge_less(Edge a, Edge b) const {
  const RelationEdge &x = (*g_)[a], &y = (*g_)[b];
  Symbol xs = (*g_)[boost::source(a, *g_)].id, ys = (*g_)[boost::source(b, *g_)].id;
  if (xs != ys) return xs < ys;
  Symbol xt = (*g_)[boost::target(a, *g_)].id, yt = (*g_)[boost::target(b, *g_)].id;
  if (xt != yt) return xt < yt;
  return x.key() < y.key();
}

std::vector<Edge> KnowledgeGraph::sorted_edges() const {
  // Sorting by vertex rank first avoids a string compare per comparison.
  std::vector<Vertex> order = sorted_vertices();
  std::vector<std::uint32_t> rank(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = static_cast<std::uint32_t>(i);
  std::vector<Edge> out;
  out.reserve(edge_count());
  for (Edge e : boost::make_iterator_range(boost::edges(*g_))) out.push_back(e);
  std::sort(out.begin(), out.end(), [&](Edge a, Edge b) {
    std::uint32_t as = rank[boost::source(a, *g_)], bs = rank[boost::source(b, *g_)];
    if (as != bs) return as < bs;
    std::uint32_t at = rank[boost::target(a, *g_)], bt = rank[boost::target(b, *g_)];
    if (at != bt) return at < bt;
    return (*g_)[a].key() < (*g_)[b].key();
  });
  return out;
}

std::string KnowledgeGraph::difference(const KnowledgeGraph& o) const {
  if (vertex_count() != o.vertex_count())
    return "vertex count " + std::to_string(vertex_count()) + " vs " + std::to_string(o.vertex_count());
  if (edge_count() != o.edge_count())
    return "edge count " + std::to_string(edge_count()) + " vs " + std::to_string(o.edge_count());
  for (Vertex v : boost::make_iterator_range(boost::vertices(*g_))) {
    const ActorVertex& a = (*g_)[v];
    std::string who = "vertex '" + a.id.str() + "': ";
    std::optional<Vertex> w = o.vertex(a.id);
    if (!w) return who + "missing";
    const ActorVertex& b = (*o.g_)[*w];
    if (a.name != b.name) return who + "name";
    if (a.type != b.type) return who + "type";
    if (a.actor != b.actor) return who + "actor";
    if (a.mentions != b.mentions) return who + "mentions";
    if (!(a.aliases == b.aliases)) return who + "aliases";
    if (!(a.documents == b.documents)) return who + "documents";
    if (!(a.types == b.types)) return who + "types";
  }
  for (Edge e : boost::make_iterator_range(boost::edges(*g_))) {
    const RelationEdge& r = (*g_)[e];
    Symbol s = (*g_)[boost::source(e, *g_)].id, t = (*g_)[boost::target(e, *g_)].id;
    std::string which = "edge " + s.str() + " -[" + r.relation.str() + "]-> " + t.str() + ": ";
    auto f = o.edge(*o.vertex(s), *o.vertex(t), r.relation, r.negated, r.modality);
    if (!f) return which + "missing";
    const RelationEdge& q = (*o.g_)[*f];
    if (r.event_class != q.event_class || r.quad_class != q.quad_class) return which + "classes";
    if (!(r.surface == q.surface)) return which + "surface";
    if (r.evidence.size() != q.evidence.size()) return which + "evidence count";
    for (std::size_t i = 0; i < r.evidence.size(); ++i)
      if (!r.evidence[i].same_as(q.evidence[i])) return which + "evidence " + std::to_string(i);
  }
  return {};
}

bool operator==(const KnowledgeGraph& a, const KnowledgeGraph& b) { return a.difference(b).empty(); }

}  // namespace kg::graph
