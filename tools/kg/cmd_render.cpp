// kg render graph.kg.json -o out.svg|.png|.pdf|.dot: a diagram of the graph or a view of it.
#include <iostream>

#include "command.h"
#include "kg/base/error.h"
#include "kg/graph/graph_file.h"
#include "kg/io/render.h"
#include "kg/io/view.h"
#include "view_options.h"

namespace kg::cli {
namespace {

void register_render(CLI::App& app) {
  struct Options {
    std::string input, output, layout = "auto", format, edge_labels = "auto", title;
    bool no_legend = false;
    io::ViewOptions view;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("render", "Draw a graph (or a view of it) with Graphviz: SVG, PNG, PDF or DOT");
  cmd->add_option("graph", opt->input, "The graph file (graph.kg.json)")->required();
  cmd->add_option("-o,--output", opt->output, "The picture to write; the extension picks the format")->required();
  cmd->add_option("--layout", opt->layout,
                  "dot, neato, fdp, sfdp, circo or auto (dot up to 150 vertices, sfdp beyond)");
  cmd->add_option("--format", opt->format, "svg, png, pdf or dot, when the extension does not say (e.g. -o -)");
  cmd->add_option("--edge-labels", opt->edge_labels, "auto (up to 400 edges), on or off");
  cmd->add_option("--title", opt->title, "A caption above the legend");
  cmd->add_flag("--no-legend", opt->no_legend, "Leave out the legend");
  add_view_options(cmd, opt->view);
  cmd->callback([opt] {
    io::RenderOptions r;
    r.layout = io::parse_layout(opt->layout);
    if (opt->format.empty()) {
      r.format = io::format_for_path(opt->output);
    } else if (opt->format == "svg" || opt->format == "png" || opt->format == "pdf" || opt->format == "dot") {
      r.format = io::format_for_path("x." + opt->format);
    } else {
      throw Error("unknown format '" + opt->format + "' (expected svg, png, pdf or dot)");
    }
    if (opt->edge_labels == "on")
      r.edge_labels = io::EdgeLabels::on;
    else if (opt->edge_labels == "off")
      r.edge_labels = io::EdgeLabels::off;
    else if (opt->edge_labels != "auto")
      throw Error("--edge-labels must be auto, on or off, not '" + opt->edge_labels + "'");
    r.legend = !opt->no_legend;
    r.title = opt->title;
    const graph::KnowledgeGraph g = graph::load_graph(opt->input);
    const graph::BoostGraph view = io::make_view(g.graph(), opt->view);
    io::render_to_file(view, opt->output, r);
    if (!globals().quiet && opt->output != "-")
      std::cerr << "kg: " << opt->output << ": " << num_vertices(view) << " vertices, " << num_edges(view)
                << " edges (layout " << io::layout_name(io::choose_layout(view, r.layout)) << ")\n";
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_render);

}  // namespace kg::cli
