// Builds the libcgraph graph for a view: nodes, edges and every attribute
// that makes the drawing readable (styles, labels, tooltips, legend).
#pragma once
#include <graphviz/cgraph.h>

#include <memory>

#include "kg/graph/model.h"
#include "kg/io/render.h"

namespace kg::io {

struct AgraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphCloser>;

// `layout` must be resolved (not Layout::automatic).
AgraphPtr build_cgraph(const graph::BoostGraph& g, const RenderOptions& opt, Layout layout);

// Graphviz interprets backslash sequences (\n, \N, \G, ...) in labels and
// tooltips; this doubles backslashes so text shows as written.
std::string gv_escape(std::string_view text);

}  // namespace kg::io
