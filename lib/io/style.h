// How a diagram encodes the graph: shape and colour by actor type, colour by
// quad class. Kept in one place so the legend always matches the drawing.
#pragma once
#include <string>
#include <string_view>

#include "kg/graph/model.h"

namespace kg::io {

struct NodeStyle {
  std::string shape, style, fillcolor, color, fontcolor;
  std::string description;  // for the legend ("person", "organisation", ...)
};

struct EdgeStyle {
  std::string color;
  std::string description;  // "verbal cooperation", ..., "other"
};

// The key a vertex is styled by: its upper-cased type, or THING for things.
std::string style_key(const graph::ActorVertex& v);
NodeStyle node_style(std::string_view key);

// The quad class folded to one of the four classes, or "" for none/other.
std::string quad_key(std::string_view quad_class);
EdgeStyle edge_style(std::string_view quad_key);

// Line width for an edge with `count` pieces of evidence.
double edge_width(std::uint32_t count);

}  // namespace kg::io
