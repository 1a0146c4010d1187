#include <algorithm>
#include <cstdio>
#include <set>

#include "kg/io/neo4j_csv.h"
#include "text_util.h"
#include "vocabulary.h"

namespace kg::io {
namespace {

using graph::BoostGraph;
using graph::Edge;
using graph::Vertex;

// A quoted CSV field: one line, quotes doubled.
std::string field(std::string_view s) {
  std::string out = "\"";
  for (char c : flatten_controls(valid_utf8(s))) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// An array element must not hold the array delimiter.
std::string element(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), ';', ',');
  return out;
}

std::string vertex_key(const graph::ActorVertex& v) { return v.id.empty() ? v.name.str() : v.id.str(); }

}  // namespace

std::string neo4j_type(const graph::RelationEdge& r) {
  std::string t = r.negated ? "NOT_" : "";
  bool sep = false;
  for (char c : valid_utf8(r.relation)) {
    const auto u = static_cast<unsigned char>(c);
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || u >= 0x80;
    if (!word) {
      sep = true;
      continue;
    }
    if (sep && !t.empty() && t.back() != '_') t += '_';
    sep = false;
    t += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  if (t.empty() || t == "NOT_") t += "RELATED_TO";
  return t;
}

Neo4jCsv to_neo4j_csv(const BoostGraph& g) {
  Neo4jCsv csv;
  csv.nodes = "id:ID,name,:LABEL,type,mentions:int,documents:int,aliases:string[]\n";
  std::vector<Vertex> vs(num_vertices(g));
  for (Vertex v = 0; v < vs.size(); ++v) vs[v] = v;
  std::stable_sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return vertex_key(g[a]) < vertex_key(g[b]); });
  for (Vertex v : vs) {
    const graph::ActorVertex& a = g[v];
    const std::string cls = type_class(a);
    std::string labels = a.actor ? (cls == "Actor" ? cls : "Actor;" + cls) : cls;
    std::string aliases;
    for (const auto& [alias, count] : a.aliases.sorted())
      if (alias != a.name) aliases += (aliases.empty() ? "" : ";") + element(alias);
    csv.nodes += field(vertex_key(a)) + "," + field(a.name) + "," + labels + "," +
                 field(a.actor ? a.type : std::string("THING")) + "," + std::to_string(a.mentions) + "," +
                 std::to_string(a.documents.size()) + "," + field(aliases) + "\n";
  }

  csv.relationships =
      ":START_ID,:END_ID,:TYPE,relation,negated:boolean,modality,quad_class,event_class,count:int,"
      "confidence:double,documents:string[],evidence\n";
  std::vector<Edge> es;
  for (Edge e : boost::make_iterator_range(edges(g))) es.push_back(e);
  auto key = [&](Edge e) {
    return std::make_tuple(vertex_key(g[source(e, g)]), g[e].relation, vertex_key(g[target(e, g)]), g[e].negated,
                           g[e].modality);
  };
  std::stable_sort(es.begin(), es.end(), [&](Edge a, Edge b) { return key(a) < key(b); });
  for (Edge e : es) {
    const graph::RelationEdge& r = g[e];
    double confidence = 0.0;
    std::set<graph::Symbol> docs;
    std::string evidence;
    for (const auto& ev : r.evidence) {
      confidence = std::max(confidence, ev.confidence);
      docs.insert(ev.doc);
      if (!evidence.empty()) evidence += " | ";
      evidence += ev.doc.str() + "#" + std::to_string(ev.sentence) + ": " + ev.text.str();
    }
    std::string doc_list;
    for (const auto& d : docs) doc_list += (doc_list.empty() ? "" : ";") + element(d);
    char conf[32];
    std::snprintf(conf, sizeof conf, "%.3f", confidence);
    csv.relationships += field(vertex_key(g[source(e, g)])) + "," + field(vertex_key(g[target(e, g)])) + "," +
                         field(neo4j_type(r)) + "," + field(r.relation) + "," + (r.negated ? "true" : "false") + "," +
                         field(r.modality) + "," + field(r.quad_class) + "," + field(r.event_class) + "," +
                         std::to_string(r.count()) + "," + conf + "," + field(doc_list) + "," + field(evidence) + "\n";
  }
  return csv;
}

std::pair<std::filesystem::path, std::filesystem::path> neo4j_csv_paths(const std::filesystem::path& out) {
  const std::string s = out.string();
  if (std::filesystem::is_directory(out) || (!s.empty() && s.back() == '/'))
    return {out / "nodes.csv", out / "relationships.csv"};
  return {std::filesystem::path(s + ".nodes.csv"), std::filesystem::path(s + ".relationships.csv")};
}

}  // namespace kg::io
