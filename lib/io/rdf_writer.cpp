#include <serd/serd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <vector>

#include "kg/base/error.h"
#include "kg/io/rdf.h"
#include "text_util.h"
#include "vocabulary.h"

namespace kg::io {
namespace {

using graph::BoostGraph;
using graph::Edge;
using graph::Vertex;

constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr const char* kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr const char* kSkos = "http://www.w3.org/2004/02/skos/core#";
constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";

const std::uint8_t* u8(const std::string& s) { return reinterpret_cast<const std::uint8_t*>(s.c_str()); }

size_t append_to_string(const void* buf, size_t len, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
  return len;
}

// A serd writer into a string. Terms are passed as std::string and converted
// to borrowed SerdNodes only for the duration of one call.
class SerdOut {
 public:
  SerdOut(RdfSyntax syntax, std::string* out) : syntax_(syntax) {
    env_ = serd_env_new(nullptr);
    const SerdSyntax s = syntax == RdfSyntax::turtle    ? SERD_TURTLE
                         : syntax == RdfSyntax::nquads ? SERD_NQUADS
                                                       : SERD_NTRIPLES;
    const auto style = syntax == RdfSyntax::turtle
                           ? static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED)
                           : static_cast<SerdStyle>(0);
    writer_ = serd_writer_new(s, style, env_, nullptr, append_to_string, out);
    if (!env_ || !writer_) throw Error("serd could not create an RDF writer");
  }
  ~SerdOut() {
    if (writer_) serd_writer_free(writer_);
    if (env_) serd_env_free(env_);
  }
  SerdOut(const SerdOut&) = delete;
  SerdOut& operator=(const SerdOut&) = delete;

  void prefix(const std::string& name, const std::string& iri) {
    if (syntax_ != RdfSyntax::turtle) return;
    const SerdNode n = serd_node_from_string(SERD_LITERAL, u8(name));
    const SerdNode u = serd_node_from_string(SERD_URI, u8(iri));
    check(serd_writer_set_prefix(writer_, &n, &u));
  }

  // subject predicate <object> [graph]
  void iri(const std::string& s, const std::string& p, const std::string& o, const std::string& graph = {}) {
    const SerdNode on = serd_node_from_string(SERD_URI, u8(o));
    write(s, p, on, nullptr, graph);
  }
  void text(const std::string& s, const std::string& p, std::string_view value) {
    const std::string v = valid_utf8(value);
    const SerdNode on = serd_node_from_substring(SERD_LITERAL, u8(v), v.size());
    write(s, p, on, nullptr, {});
  }
  void typed(const std::string& s, const std::string& p, const std::string& lexical, const std::string& datatype) {
    const SerdNode on = serd_node_from_string(SERD_LITERAL, u8(lexical));
    const SerdNode dt = serd_node_from_string(SERD_URI, u8(datatype));
    write(s, p, on, &dt, {});
  }
  void integer(const std::string& s, const std::string& p, std::uint64_t v) {
    typed(s, p, std::to_string(v), std::string(kXsd) + "integer");
  }
  void boolean(const std::string& s, const std::string& p, bool v) {
    typed(s, p, v ? "true" : "false", std::string(kXsd) + "boolean");
  }
  void decimal(const std::string& s, const std::string& p, double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    typed(s, p, buf, std::string(kXsd) + "decimal");
  }

  std::size_t finish() {
    check(serd_writer_finish(writer_));
    return count_;
  }

 private:
  void write(const std::string& s, const std::string& p, const SerdNode& o, const SerdNode* datatype,
             const std::string& graph) {
    const SerdNode sn = serd_node_from_string(SERD_URI, u8(s));
    const SerdNode pn = serd_node_from_string(SERD_URI, u8(p));
    const SerdNode gn = serd_node_from_string(SERD_URI, u8(graph));
    check(serd_writer_write_statement(writer_, 0, graph.empty() ? nullptr : &gn, &sn, &pn, &o, datatype, nullptr));
    ++count_;
  }
  static void check(SerdStatus st) {
    if (st != SERD_SUCCESS)
      throw Error(std::string("serd could not write RDF: ") + reinterpret_cast<const char*>(serd_strerror(st)));
  }

  RdfSyntax syntax_;
  SerdEnv* env_ = nullptr;
  SerdWriter* writer_ = nullptr;
  std::size_t count_ = 0;
};

// Relation lemma as a predicate local name: "avoid shake hand with" -> avoid_shake_hand_with.
std::string relation_local(std::string_view lemma) { return lemma.empty() ? "related_to" : iri_segment(lemma); }

struct Iris {
  std::string base, vocab, rel;
  std::string entity(const graph::ActorVertex& v) const { return base + "entity/" + iri_segment(v.id); }
  std::string doc(std::string_view d) const { return base + "doc/" + iri_segment(d); }
  std::string statement(const BoostGraph& g, Edge e) const {
    const graph::RelationEdge& r = g[e];
    std::string s = base + "statement/" + iri_segment(g[source(e, g)].id) + "/" +
                    (r.negated ? "not_" : "") + relation_local(r.relation);
    if (!r.modality.empty()) s += "~" + iri_segment(r.modality);
    return s + "/" + iri_segment(g[target(e, g)].id);
  }
  std::string evidence(const graph::Evidence& ev) const {
    auto span = [](const extract::Span& s) { return std::to_string(s.start) + "-" + std::to_string(s.end); };
    return base + "evidence/" + iri_segment(ev.doc) + "/" + std::to_string(ev.sentence) + "/" +
           span(ev.subject_span) + "." + span(ev.relation_span) + "." + span(ev.object_span);
  }
  std::string v(const char* local) const { return vocab + local; }
};

std::vector<Vertex> sorted_vertices(const BoostGraph& g) {
  std::vector<Vertex> vs(num_vertices(g));
  for (Vertex v = 0; v < vs.size(); ++v) vs[v] = v;
  std::stable_sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return g[a].id < g[b].id; });
  return vs;
}

std::vector<Edge> sorted_edges(const BoostGraph& g) {
  std::vector<Edge> es;
  for (Edge e : boost::make_iterator_range(edges(g))) es.push_back(e);
  auto key = [&](Edge e) {
    const auto& r = g[e];
    return std::tie(g[source(e, g)].id, r.relation, g[target(e, g)].id, r.negated, r.modality);
  };
  std::stable_sort(es.begin(), es.end(), [&](Edge a, Edge b) { return key(a) < key(b); });
  return es;
}

double max_confidence(const graph::RelationEdge& r) {
  double c = 0.0;
  for (const auto& ev : r.evidence) c = std::max(c, ev.confidence);
  return c;
}

}  // namespace

std::string iri_segment(std::string_view name) {
  static const char* hex = "0123456789ABCDEF";
  const std::string text = valid_utf8(name);
  std::string out;
  for (unsigned char c : text) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '~' || c >= 0x80;
    if (c == ' ') {
      out += '_';
    } else if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string namespace_iri(std::string_view iri, std::string_view what) {
  std::string s(iri);
  const std::size_t colon = s.find(':');
  bool ok = colon != std::string::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(s[0]));
  for (std::size_t i = 0; ok && i < colon; ++i) {
    const char c = s[i];
    ok = std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  }
  for (unsigned char c : s)
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' ||
        c == '^' || c == '`')
      ok = false;
  if (!ok)
    throw Error(std::string(what) + " '" + s +
                "' is not an absolute IRI (expected e.g. http://example.org/kg/, without spaces or <>\"{}|\\^`)");
  if (s.back() != '/' && s.back() != '#') s += '/';
  return s;
}

RdfResult to_rdf(const BoostGraph& g, RdfSyntax syntax, const RdfOptions& opt) {
  const Iris I{namespace_iri(opt.base, "base IRI"), namespace_iri(opt.vocab, "vocabulary IRI"),
               namespace_iri(opt.relations, "relations IRI")};
  RdfResult result;
  SerdOut w(syntax, &result.text);
  w.prefix("rdf", kRdf);
  w.prefix("rdfs", kRdfs);
  w.prefix("skos", kSkos);
  w.prefix("xsd", kXsd);
  w.prefix("kg", I.vocab);
  w.prefix("rel", I.rel);
  w.prefix("entity", I.base + "entity/");
  w.prefix("doc", I.base + "doc/");

  const std::string type = std::string(kRdf) + "type";
  const std::string label = std::string(kRdfs) + "label";

  // Entities.
  std::set<std::string> documents;
  for (Vertex v : sorted_vertices(g)) {
    const graph::ActorVertex& a = g[v];
    const std::string e = I.entity(a);
    w.iri(e, type, I.vocab + type_class(a));
    if (a.actor && type_class(a) != "Actor") w.iri(e, type, I.v("Actor"));
    w.text(e, label, a.name.empty() ? a.id : a.name);
    if (!a.type.empty()) w.text(e, I.v("actorType"), a.type);
    for (const auto& [alias, count] : a.aliases.sorted())
      if (alias != a.name) w.text(e, std::string(kSkos) + "altLabel", alias);
    w.integer(e, I.v("mentions"), a.mentions);
    for (const auto& [doc, count] : a.documents.sorted()) {
      w.iri(e, I.v("mentionedIn"), I.doc(doc));
      documents.insert(doc.str());
    }
  }

  // Relation predicates, declared once each.
  std::set<std::string> relations;
  for (Edge e : boost::make_iterator_range(edges(g))) relations.insert(g[e].relation.str());
  for (const std::string& r : relations) {
    const std::string p = I.rel + relation_local(r);
    w.iri(p, type, std::string(kRdf) + "Property");
    w.text(p, label, r.empty() ? "related to" : r);
  }

  // Relations: the plain triple for asserted relations (in N-Quads, once per
  // evidence, in the evidence's named graph), and a statement node for all.
  for (Edge e : sorted_edges(g)) {
    const graph::RelationEdge& r = g[e];
    const std::string s = I.entity(g[source(e, g)]), o = I.entity(g[target(e, g)]);
    const std::string p = I.rel + relation_local(r.relation);
    const bool asserted = !r.negated && r.modality.empty();
    if (asserted) {
      if (syntax == RdfSyntax::nquads)
        for (const auto& ev : r.evidence) w.iri(s, p, o, I.evidence(ev));
      else
        w.iri(s, p, o);
    }
    const std::string st = I.statement(g, e);
    w.iri(st, type, std::string(kRdf) + "Statement");
    w.iri(st, std::string(kRdf) + "subject", s);
    w.iri(st, std::string(kRdf) + "predicate", p);
    w.iri(st, std::string(kRdf) + "object", o);
    w.boolean(st, I.v("negated"), r.negated);
    if (!r.modality.empty()) w.text(st, I.v("modality"), r.modality);
    if (!r.quad_class.empty()) w.text(st, I.v("quadClass"), r.quad_class);
    if (!r.event_class.empty()) w.text(st, I.v("eventClass"), r.event_class);
    for (const auto& [surface, count] : r.surface.sorted()) w.text(st, I.v("surfaceForm"), surface);
    w.integer(st, I.v("evidenceCount"), r.count());
    w.decimal(st, I.v("confidence"), max_confidence(r));
    for (const auto& ev : r.evidence) w.iri(st, I.v("evidence"), I.evidence(ev));
  }

  // Evidence: where each relation was read, and how sure the extractor was.
  for (Edge e : sorted_edges(g)) {
    for (const auto& ev : g[e].evidence) {
      const std::string x = I.evidence(ev);
      w.iri(x, type, I.v("Evidence"));
      w.iri(x, I.v("document"), I.doc(ev.doc));
      w.integer(x, I.v("sentenceIndex"), ev.sentence);
      if (!ev.text.empty()) w.text(x, I.v("sentenceText"), ev.text);
      w.integer(x, I.v("start"), ev.sentence_span.start);
      w.integer(x, I.v("end"), ev.sentence_span.end);
      w.decimal(x, I.v("confidence"), ev.confidence);
      if (!ev.attribution.empty()) w.text(x, I.v("attribution"), ev.attribution);
      documents.insert(ev.doc.str());
    }
  }
  for (const std::string& d : documents) {
    w.iri(I.doc(d), type, I.v("Document"));
    w.text(I.doc(d), label, d);
  }
  result.statements = w.finish();
  return result;
}

}  // namespace kg::io
