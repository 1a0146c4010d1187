// kg export graph.kg.json --format nt|ttl|nq|graphml|csv|json -o OUT
#include <iostream>

#include "command.h"
#include "kg/base/error.h"
#include "kg/graph/graph_file.h"
#include "kg/io/export.h"
#include "view_options.h"

namespace kg::cli {
namespace {

void register_export(CLI::App& app) {
  struct Options {
    std::string input, output, format;
    io::ExportOptions exp;
    io::ViewOptions view;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("export", "Write a graph as RDF (nt, ttl, nq), GraphML, Neo4j CSV or JSON");
  cmd->add_option("graph", opt->input, "The graph file (graph.kg.json)")->required();
  cmd->add_option("-o,--output", opt->output,
                  "Output file; for csv a directory (DIR/ or existing: DIR/nodes.csv, DIR/relationships.csv) or a "
                  "prefix (P.nodes.csv, P.relationships.csv)")
      ->required();
  cmd->add_option("-f,--format", opt->format, "nt, ttl, nq, graphml, csv or json (default: from the extension)");
  cmd->add_option("--base", opt->exp.rdf.base, "Base IRI for entities, documents and statements (RDF)");
  cmd->add_option("--vocab", opt->exp.rdf.vocab, "Namespace of kg: classes and properties (RDF)");
  cmd->add_option("--relations-ns", opt->exp.rdf.relations, "Namespace of relation predicates (RDF)");
  add_view_options(cmd, opt->view);
  cmd->callback([opt] {
    io::ExportFormat format;
    if (!opt->format.empty()) {
      format = io::parse_export_format(opt->format);
    } else if (auto f = io::export_format_for_path(opt->output)) {
      format = *f;
    } else {
      throw Error(opt->output + ": cannot tell the format from the extension; give --format nt|ttl|nq|graphml|csv|json");
    }
    const graph::KnowledgeGraph g = graph::load_graph(opt->input);
    const auto written = io::is_whole_graph(opt->view)
                             ? io::export_graph(g, format, opt->output, opt->exp)
                             : io::export_graph(io::view_graph(g, opt->view), format, opt->output, opt->exp);
    if (!globals().quiet)
      for (const auto& p : written)
        if (p != "-") std::cerr << "kg: wrote " << p.string() << '\n';
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_export);

}  // namespace kg::cli
