// Diagrams of a graph through Graphviz: the graph is built with libcgraph and
// laid out and rendered with libgvc, to SVG, PNG, PDF or DOT.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "kg/graph/model.h"

namespace kg::io {

enum class Layout { automatic, dot, neato, fdp, sfdp, circo };
enum class ImageFormat { svg, png, pdf, dot };
enum class EdgeLabels { automatic, on, off };

struct RenderOptions {
  Layout layout = Layout::automatic;
  ImageFormat format = ImageFormat::svg;
  EdgeLabels edge_labels = EdgeLabels::automatic;  // automatic: on up to kMaxLabelledEdges edges
  bool legend = true;
  std::string title;                    // caption above the legend; "" for none
  std::size_t tooltip_evidence = 6;     // evidence sentences shown in an edge's tooltip
};

// Views larger than this many vertices are laid out with sfdp, smaller ones with dot.
inline constexpr std::size_t kMaxDotNodes = 150;
// Views with more edges than this drop relation labels unless asked for them.
inline constexpr std::size_t kMaxLabelledEdges = 400;

Layout parse_layout(std::string_view name);        // throws kg::Error for an unknown name
std::string_view layout_name(Layout layout);
Layout choose_layout(const graph::BoostGraph& g, Layout requested);  // resolves automatic
ImageFormat format_for_path(const std::filesystem::path& out);      // by extension; throws kg::Error

// Renders to memory. DOT output is the graph as built, before layout (with a
// `layout` attribute so `dot -Tsvg` picks the same engine). Throws kg::Error
// when Graphviz fails.
std::string render(const graph::BoostGraph& g, const RenderOptions& opt);

// Renders and writes `out` atomically.
void render_to_file(const graph::BoostGraph& g, const std::filesystem::path& out, const RenderOptions& opt);

}  // namespace kg::io
