#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <cmath>
#include <set>
#include <sstream>

#include "kg/io/graphml.h"
#include "text_util.h"

namespace kg::io {
namespace {

using graph::BoostGraph;
using graph::Edge;
using graph::Vertex;

// XML 1.0 forbids most control characters even when escaped.
std::string xml_text(std::string_view s) {
  std::string out = valid_utf8(s);
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\n' && c != '\t') || u == 0x7f) c = ' ';
  }
  return out;
}

std::string relation_label(const graph::RelationEdge& r) {
  std::string s;
  if (!r.modality.empty()) s += "[" + r.modality.str() + "] ";
  if (r.negated) s += "not ";
  return s + r.relation.str();
}

}  // namespace

std::string to_graphml(const BoostGraph& g) {
  boost::dynamic_properties dp;
  auto vprop = [&](const char* name, auto fn) {
    using Ret = decltype(fn(Vertex{}));
    dp.property(name, boost::make_function_property_map<Vertex, Ret>(fn));
  };
  auto eprop = [&](const char* name, auto fn) {
    using Ret = decltype(fn(Edge{}));
    dp.property(name, boost::make_function_property_map<Edge, Ret>(fn));
  };
  vprop("label", [&](Vertex v) { return xml_text(g[v].name.empty() ? g[v].id : g[v].name); });
  vprop("id", [&](Vertex v) { return xml_text(g[v].id); });
  vprop("type", [&](Vertex v) { return xml_text(g[v].actor ? g[v].type : std::string("THING")); });
  vprop("actor", [&](Vertex v) { return g[v].actor; });
  vprop("mentions", [&](Vertex v) { return static_cast<int>(g[v].mentions); });
  vprop("documents", [&](Vertex v) { return static_cast<int>(g[v].documents.size()); });
  vprop("aliases", [&](Vertex v) {
    std::string s;
    for (const auto& [alias, count] : g[v].aliases.sorted())
      if (alias != g[v].name) s += (s.empty() ? "" : "; ") + alias.str();
    return xml_text(s);
  });
  eprop("label", [&](Edge e) { return xml_text(relation_label(g[e])); });
  eprop("relation", [&](Edge e) { return xml_text(g[e].relation); });
  eprop("negated", [&](Edge e) { return g[e].negated; });
  eprop("modality", [&](Edge e) { return xml_text(g[e].modality); });
  eprop("quad_class", [&](Edge e) { return xml_text(g[e].quad_class); });
  eprop("event_class", [&](Edge e) { return xml_text(g[e].event_class); });
  eprop("weight", [&](Edge e) { return static_cast<int>(g[e].count()); });
  eprop("confidence", [&](Edge e) {
    double c = 0.0;
    for (const auto& ev : g[e].evidence) c = std::max(c, ev.confidence);
    return std::round(c * 1000.0) / 1000.0;
  });
  eprop("documents", [&](Edge e) {
    std::set<graph::Symbol> docs;
    for (const auto& ev : g[e].evidence) docs.insert(ev.doc);
    std::string s;
    for (const auto& d : docs) s += (s.empty() ? "" : "; ") + d.str();
    return xml_text(s);
  });
  eprop("evidence", [&](Edge e) {
    // One line per sentence: "doc#sentence: text".
    std::string s;
    for (const auto& ev : g[e].evidence) {
      if (!s.empty()) s += '\n';
      std::string text = ev.text.str();
      for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
      s += ev.doc.str() + "#" + std::to_string(ev.sentence) + ": " + text;
    }
    return xml_text(s);
  });
  std::ostringstream out;
  boost::write_graphml(out, g, dp, true);
  return out.str();
}

}  // namespace kg::io
