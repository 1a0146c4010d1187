// kg bench graph [--edges N --nodes N --seed S]: times loading, querying,
// PageRank, shortest paths and merging on a synthetic graph.
#include <unistd.h>

#include <iostream>

#include "command.h"
#include "kg/query/graph_bench.h"
#include "table_output.h"

namespace kg::cli {
namespace {

void register_bench_graph(CLI::App& app) {
  struct Options {
    query::BenchOptions bench;
    std::string dir, format = "table";
  };
  auto opt = std::make_shared<Options>();
  CLI::App* group = command_group(app, "bench", "Benchmarks");
  CLI::App* cmd = group->add_subcommand("graph", "Time graph loading, queries, PageRank, paths and merge on a synthetic graph");
  cmd->add_option("--edges", opt->bench.spec.edges, "Distinct edges")->capture_default_str();
  cmd->add_option("--nodes", opt->bench.spec.nodes, "Nodes")->capture_default_str();
  cmd->add_option("--relations", opt->bench.spec.relations, "Relation lemmas")->capture_default_str();
  cmd->add_option("--zipf", opt->bench.spec.zipf_exponent, "Zipf exponent of endpoint popularity")->capture_default_str();
  cmd->add_option("--seed", opt->bench.spec.seed, "Random seed")->capture_default_str();
  cmd->add_option("--start-nodes", opt->bench.start_nodes, "Start nodes for the one- and two-hop medians")
      ->capture_default_str();
  cmd->add_option("--path-pairs", opt->bench.path_pairs, "Node pairs for the shortest-path median")->capture_default_str();
  cmd->add_option("--dir", opt->dir, "Directory for the generated files (default: a temporary directory)");
  cmd->add_flag("--keep", opt->bench.keep_files, "Keep the generated triples and graph files");
  add_format_option(cmd, opt->format);
  cmd->callback([opt] {
    namespace fs = std::filesystem;
    opt->bench.work_dir = opt->dir.empty() ? fs::temp_directory_path() / ("kg-bench-graph-" + std::to_string(::getpid()))
                                           : fs::path(opt->dir);
    if (!globals().quiet) opt->bench.log = [](const std::string& s) { std::cerr << "kg bench graph: " << s << '\n'; };
    graph::Table t = query::run_graph_bench(opt->bench);
    if (opt->dir.empty() && !opt->bench.keep_files) fs::remove_all(opt->bench.work_dir);
    print_table(t, opt->format);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_bench_graph);

}  // namespace kg::cli
