#include "cgraph_builder.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "kg/base/error.h"
#include "style.h"
#include "text_util.h"

namespace kg::io {
namespace {

using graph::BoostGraph;
using graph::Edge;
using graph::Vertex;

constexpr const char* kFont = "DejaVu Sans,Helvetica,Arial,sans-serif";
constexpr std::size_t kNodeLabelWidth = 18, kNodeLabelChars = 60;
constexpr std::size_t kEdgeLabelWidth = 22, kEdgeLabelChars = 60;
constexpr std::size_t kTooltipSentenceChars = 280;
// Up to this many nodes, edges are routed around nodes (see force_directed_splines).
constexpr std::size_t kMaxRoutedNodes = 60;

// Graphviz 2.42 headers take char* where they only read: the casts are safe.
char* c(const char* s) { return const_cast<char*>(s); }
char* c(const std::string& s) { return const_cast<char*>(s.c_str()); }

void set(void* obj, const char* name, const std::string& value) { agsafeset(obj, c(name), c(value), c("")); }

// Lines joined with Graphviz's centred line break "\n".
std::string gv_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += "\\n";
    out += gv_escape(lines[i]);
  }
  return out;
}

std::string wrapped_label(std::string_view text, std::size_t width, std::size_t max_chars) {
  return gv_lines(wrap_words(truncate_utf8(flatten_controls(text), max_chars), width));
}

std::string html_escape(std::string_view s) {
  std::string out;
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string node_tooltip(const graph::ActorVertex& v) {
  std::vector<std::string> lines;
  lines.push_back(v.name.str() + " (" + style_key(v) + ")");
  std::vector<std::pair<std::uint32_t, std::string>> aliases;
  for (const auto& [alias, count] : v.aliases.sorted())
    if (alias != v.name) aliases.emplace_back(count, alias.str());
  std::stable_sort(aliases.begin(), aliases.end(), [](auto& a, auto& b) { return a.first > b.first; });
  if (!aliases.empty()) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < aliases.size() && i < 8; ++i) names.push_back(aliases[i].second);
    lines.push_back("also: " + join(names, ", ") + (aliases.size() > 8 ? ", ..." : ""));
  }
  lines.push_back(std::to_string(v.mentions) + " mention" + (v.mentions == 1 ? "" : "s") + " in " +
                  std::to_string(v.documents.size()) + " document" + (v.documents.size() == 1 ? "" : "s"));
  for (std::string& l : lines) l = truncate_utf8(flatten_controls(l), kTooltipSentenceChars);
  return gv_lines(lines);
}

std::string relation_text(const graph::RelationEdge& e) {
  std::string r;
  if (!e.modality.empty()) r += "[" + e.modality.str() + "] ";
  if (e.negated) r += "not ";
  r += e.relation.empty() ? std::string("(relation)") : e.relation.str();
  return r;
}

std::string edge_tooltip(const BoostGraph& g, Edge e, std::size_t max_evidence) {
  const graph::RelationEdge& r = g[e];
  std::vector<std::string> lines;
  lines.push_back(g[source(e, g)].name.str() + " \u2014 " + relation_text(r) + " \u2192 " + g[target(e, g)].name.str());
  std::vector<std::string> facts;
  if (!r.quad_class.empty()) facts.push_back(r.quad_class.str());
  if (!r.event_class.empty() && r.event_class != "other") facts.push_back(r.event_class.str());
  facts.push_back(std::to_string(r.count()) + " sentence" + (r.count() == 1 ? "" : "s"));
  lines.push_back(join(facts, " \u00b7 "));
  for (std::size_t i = 0; i < r.evidence.size() && i < max_evidence; ++i) {
    const graph::Evidence& ev = r.evidence[i];
    std::string where = ev.doc.str() + " #" + std::to_string(ev.sentence);
    if (!ev.attribution.empty()) where += ", according to " + ev.attribution.str();
    lines.push_back("\u2022 " + truncate_utf8(flatten_controls(ev.text), kTooltipSentenceChars) + " (" + where + ")");
  }
  if (r.evidence.size() > max_evidence)
    lines.push_back("+ " + std::to_string(r.evidence.size() - max_evidence) + " more");
  for (std::string& l : lines) l = flatten_controls(l);
  return gv_lines(lines);
}

// The legend is an HTML-like table in the graph label: it works with every
// layout engine (clusters do not) and stays out of the layout itself.
std::string legend_html(const BoostGraph& g, const RenderOptions& opt, bool legend) {
  std::set<std::string> types, quads;
  bool negated = false, modal = false, heavy = false;
  for (Vertex v : boost::make_iterator_range(vertices(g))) types.insert(style_key(g[v]));
  for (Edge e : boost::make_iterator_range(edges(g))) {
    quads.insert(quad_key(g[e].quad_class));
    negated = negated || g[e].negated;
    modal = modal || !g[e].modality.empty();
    heavy = heavy || g[e].count() > 1;
  }
  std::string rows;
  if (legend && num_vertices(g) > 0) {
    // THING last: actors first, in a fixed order, then other types by name.
    std::vector<std::string> order;
    for (const char* k : {"PERSON", "ORG", "GPE", "LOC", "NORP", "GROUP"})
      if (types.count(k)) order.push_back(k);
    for (const std::string& t : types)
      if (std::find(order.begin(), order.end(), t) == order.end() && t != "THING") order.push_back(t);
    if (types.count("THING")) order.push_back("THING");
    for (const std::string& t : order) {
      const NodeStyle s = node_style(t);
      const bool dashed = s.style.find("dashed") != std::string::npos;
      rows += "<TR><TD BGCOLOR=\"" + s.fillcolor + "\" BORDER=\"1\" COLOR=\"" + s.color + "\"" +
              (dashed ? " STYLE=\"DASHED\"" : "") + ">" + html_escape(truncate_utf8(t, 20)) +
              "</TD><TD ALIGN=\"LEFT\">" + html_escape(s.description) + " (" + (dashed ? "dashed " : "") + s.shape + ")</TD></TR>";
    }
    for (const char* q : {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict", ""})
      if (quads.count(q)) {
        const EdgeStyle s = edge_style(q);
        rows += "<TR><TD><FONT COLOR=\"" + s.color + "\"><B>\u2501\u2501\u25B6</B></FONT></TD><TD ALIGN=\"LEFT\">" +
                html_escape(s.description) + "</TD></TR>";
      }
    if (negated)
      rows += "<TR><TD><B>- - \u25B6</B></TD><TD ALIGN=\"LEFT\">negated (\u201cnot \u2026\u201d)</TD></TR>";
    if (modal) rows += "<TR><TD>[plan]</TD><TD ALIGN=\"LEFT\">intended, wanted, possible</TD></TR>";
    if (heavy) rows += "<TR><TD><B>thicker</B></TD><TD ALIGN=\"LEFT\">more sentences say it</TD></TR>";
    rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">hover a node or an edge "
            "for names and evidence</FONT></TD></TR>";
  }
  // The title sits in an outer table so a long title does not widen the legend's columns.
  std::string outer;
  if (!opt.title.empty())
    outer += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"14\"><B>" +
             html_escape(truncate_utf8(flatten_controls(opt.title), 120)) + "</B></FONT></TD></TR>";
  if (!rows.empty())
    outer += "<TR><TD ALIGN=\"LEFT\"><TABLE ALIGN=\"LEFT\" BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">" +
             rows + "</TABLE></TD></TR>";
  if (outer.empty()) return "";
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">" + outer + "</TABLE>";
}

// Edge routing for the force-directed layouts. splines=true routes every
// edge around the nodes through a visibility graph over all node outlines,
// cubic in their corners: 13 s of the 13.5 s it took to draw the 293-vertex
// seed graph. Curved edges cost almost nothing and, with overlap removal
// keeping nodes apart, read almost as well; past a thousand nodes straight
// lines are clearer than a thicket of arcs.
const char* force_directed_splines(std::size_t nodes) {
  if (nodes <= kMaxRoutedNodes) return "true";
  return nodes <= 1000 ? "curved" : "false";
}

void set_graph_attributes(Agraph_t* ag, const BoostGraph& g, Layout layout) {
  const std::size_t n = num_vertices(g);
  set(ag, "layout", std::string(layout_name(layout)));
  set(ag, "fontname", kFont);
  set(ag, "bgcolor", "white");
  set(ag, "pad", "0.3");
  set(ag, "outputorder", "edgesfirst");  // nodes drawn over edges, labels stay readable
  switch (layout) {
    case Layout::dot:
      set(ag, "rankdir", "LR");
      set(ag, "nodesep", "0.25");
      set(ag, "ranksep", "0.5");
      if (num_edges(g) > 80) {
        // Bounded network-simplex and crossing-minimisation passes: about 40%
        // less CPU on dense views, for a somewhat less compact picture.
        set(ag, "nslimit", "2");
        set(ag, "nslimit1", "2");
        set(ag, "mclimit", "0.5");
      }
      break;
    case Layout::sfdp:
      set(ag, "overlap", "prism");
      set(ag, "sep", "+4");
      set(ag, "splines", force_directed_splines(n));
      break;
    case Layout::neato:
    case Layout::fdp:
      set(ag, "overlap", "prism");
      set(ag, "sep", "+6");
      set(ag, "splines", force_directed_splines(n));
      break;
    case Layout::circo:
      set(ag, "splines", "true");
      break;
    case Layout::automatic:
      break;
  }
}

}  // namespace

std::string gv_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    if (ch == '\\') out += '\\';
    out += ch;
  }
  return out;
}

AgraphPtr build_cgraph(const BoostGraph& g, const RenderOptions& opt, Layout layout) {
  AgraphPtr ag(agopen(c("kg"), Agdirected, nullptr));
  if (!ag) throw Error("Graphviz could not create a graph");
  Agraph_t* G = ag.get();
  set_graph_attributes(G, g, layout);

  bool labels = opt.edge_labels == EdgeLabels::on ||
                (opt.edge_labels == EdgeLabels::automatic && num_edges(g) <= kMaxLabelledEdges);

  // Node names are the actor ids (so the SVG <title> says who it is), made
  // unique if two vertices share an id.
  std::vector<Agnode_t*> nodes(num_vertices(g), nullptr);
  std::set<std::string> used;
  for (Vertex v : boost::make_iterator_range(vertices(g))) {
    const graph::ActorVertex& a = g[v];
    std::string name = a.id.empty() ? a.name.str() : a.id.str();
    if (name.empty()) name = "vertex " + std::to_string(v);
    if (used.count(name)) {
      int k = 2;
      while (used.count(name + " #" + std::to_string(k))) ++k;
      name += " #" + std::to_string(k);
    }
    used.insert(name);
    Agnode_t* node = agnode(G, c(name), 1);
    nodes[v] = node;
    const NodeStyle s = node_style(style_key(a));
    set(node, "label", wrapped_label(a.name.empty() ? a.id : a.name, kNodeLabelWidth, kNodeLabelChars));
    set(node, "shape", s.shape);
    set(node, "style", s.style);
    set(node, "fillcolor", s.fillcolor);
    set(node, "color", s.color);
    set(node, "fontcolor", s.fontcolor);
    set(node, "fontname", kFont);
    set(node, "fontsize", a.actor ? "11" : "10");
    set(node, "margin", "0.08,0.03");
    set(node, "tooltip", node_tooltip(a));
  }

  // Edges grouped by their tail, as a DOT file lists them: dot's crossing
  // minimisation starts from this order and needs fewer passes from it.
  std::vector<Edge> order;
  order.reserve(num_edges(g));
  for (Vertex v : boost::make_iterator_range(vertices(g)))
    for (Edge e : boost::make_iterator_range(out_edges(v, g))) order.push_back(e);
  for (Edge e : order) {
    const graph::RelationEdge& r = g[e];
    Agedge_t* edge = agedge(G, nodes[source(e, g)], nodes[target(e, g)], nullptr, 1);
    const EdgeStyle s = edge_style(quad_key(r.quad_class));
    set(edge, "color", s.color);
    set(edge, "fontcolor", s.color);
    set(edge, "fontname", kFont);
    set(edge, "fontsize", "9");
    set(edge, "arrowsize", "0.7");
    char width[32];
    std::snprintf(width, sizeof width, "%.2f", edge_width(r.count()));
    set(edge, "penwidth", width);
    std::string style = r.negated ? "dashed" : (r.modality.empty() ? "solid" : "dotted");
    set(edge, "style", style);
    if (labels) {
      std::string label = relation_text(r);
      if (r.count() > 1) label += " (" + std::to_string(r.count()) + ")";
      set(edge, "label", wrapped_label(label, kEdgeLabelWidth, kEdgeLabelChars));
    }
    const std::string tip = edge_tooltip(g, e, opt.tooltip_evidence);
    set(edge, "tooltip", tip);
    set(edge, "labeltooltip", tip);
  }

  const std::string legend = legend_html(g, opt, opt.legend);
  if (!legend.empty()) {
    char* html = agstrdup_html(G, c(legend));
    agsafeset(G, c("label"), html, c(""));
    agstrfree(G, html);
    set(G, "labelloc", "b");
    set(G, "labeljust", "l");
    set(G, "fontsize", "10");
  }
  return ag;
}

}  // namespace kg::io
