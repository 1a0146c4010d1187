// Writes the graph file: a header line, then one line per vertex and per
// edge, each element rendered by its own RapidJSON writer so that the file
// is streamed (never built whole in memory) yet diffable line by line.
#include <ostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/graph/graph_file.h"

namespace kg::graph {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void key_str(Writer& w, const char* key, std::string_view s) {
  w.Key(key);
  str(w, s);
}
void key_counts(Writer& w, const char* key, const CountMap& m) {
  w.Key(key);
  w.StartObject();
  for (const auto& [k, n] : m.sorted()) {
    str(w, k);
    w.Uint(n);
  }
  w.EndObject();
}
void key_span(Writer& w, const char* key, const extract::Span& s) {
  w.Key(key);
  w.StartArray();
  w.Uint(s.start);
  w.Uint(s.end);
  w.EndArray();
}

void write_vertex(Writer& w, const ActorVertex& v) {
  w.StartObject();
  key_str(w, "id", v.id);
  key_str(w, "name", v.name);
  key_str(w, "type", v.type);
  w.Key("actor");
  w.Bool(v.actor);
  w.Key("mentions");
  w.Uint(v.mentions);
  key_counts(w, "aliases", v.aliases);
  key_counts(w, "documents", v.documents);
  key_counts(w, "types", v.types);
  w.EndObject();
}

void write_evidence(Writer& w, const Evidence& e) {
  w.StartObject();
  key_str(w, "doc", e.doc);
  w.Key("sentence");
  w.Uint(e.sentence);
  key_span(w, "sentence_span", e.sentence_span);
  key_span(w, "subject_span", e.subject_span);
  key_span(w, "relation_span", e.relation_span);
  key_span(w, "object_span", e.object_span);
  key_str(w, "text", e.text);
  w.Key("confidence");
  w.Double(e.confidence);
  key_str(w, "attribution", e.attribution);
  key_str(w, "subject_text", e.subject_text);
  key_str(w, "object_text", e.object_text);
  key_str(w, "relation_text", e.relation_text);
  key_str(w, "subject_type", e.subject_type);
  key_str(w, "object_type", e.object_type);
  w.EndObject();
}

void write_edge(Writer& w, std::uint32_t source, std::uint32_t target, const RelationEdge& r) {
  w.StartObject();
  w.Key("source");
  w.Uint(source);
  w.Key("target");
  w.Uint(target);
  key_str(w, "relation", r.relation);
  w.Key("negated");
  w.Bool(r.negated);
  key_str(w, "modality", r.modality);
  key_str(w, "event_class", r.event_class);
  key_str(w, "quad_class", r.quad_class);
  w.Key("count");
  w.Uint(r.count());
  key_counts(w, "surface", r.surface);
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& e : r.evidence) write_evidence(w, e);
  w.EndArray();
  w.EndObject();
}

}  // namespace

void write_graph(std::ostream& out, const KnowledgeGraph& g) {
  const BoostGraph& bg = g.graph();
  std::vector<Vertex> vertices = g.sorted_vertices();
  std::vector<std::uint32_t> index(vertices.size());
  for (std::size_t i = 0; i < vertices.size(); ++i) index[vertices[i]] = static_cast<std::uint32_t>(i);

  out << "{\"format\":\"" << kGraphFormatName << "\",\"version\":" << kGraphFormatVersion
      << ",\"vertex_count\":" << g.vertex_count() << ",\"edge_count\":" << g.edge_count()
      << ",\"evidence_count\":" << g.evidence_count() << ",\n\"vertices\":[";
  rapidjson::StringBuffer sb;
  const char* sep = "\n";
  for (Vertex v : vertices) {
    sb.Clear();
    Writer w(sb);
    write_vertex(w, bg[v]);
    out << sep;
    out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize()));
    sep = ",\n";
  }
  out << "],\n\"edges\":[";
  sep = "\n";
  for (Edge e : g.sorted_edges()) {
    sb.Clear();
    Writer w(sb);
    write_edge(w, index[boost::source(e, bg)], index[boost::target(e, bg)], bg[e]);
    out << sep;
    out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize()));
    sep = ",\n";
  }
  out << "]}\n";
}

void save_graph(const KnowledgeGraph& g, const std::filesystem::path& path) {
  AtomicFile f(path);
  write_graph(f.stream(), g);
  f.commit();
}

}  // namespace kg::graph
