// kg bench render: how long drawing takes, for the seed graph and a big synthetic one.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "command.h"
#include "kg/graph/graph_file.h"
#include "kg/io/render.h"
#include "kg/io/synthetic.h"

namespace kg::cli {
namespace {

struct Timing {
  double wall = 0, cpu = 0;  // seconds; CPU time shows the cost when the machine is busy
};

Timing time_render(const graph::BoostGraph& g, io::Layout layout, std::size_t* bytes) {
  io::RenderOptions r;
  r.layout = layout;
  r.format = io::ImageFormat::svg;
  const auto t0 = std::chrono::steady_clock::now();
  const std::clock_t c0 = std::clock();
  *bytes = io::render(g, r).size();
  const std::clock_t c1 = std::clock();
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
          static_cast<double>(c1 - c0) / CLOCKS_PER_SEC};
}

void report(const std::string& what, const graph::BoostGraph& g, io::Layout layout, int runs, double target) {
  Timing best{1e100, 1e100};
  std::size_t bytes = 0;
  for (int i = 0; i < runs; ++i) {
    const Timing t = time_render(g, layout, &bytes);
    best.wall = std::min(best.wall, t.wall);
    best.cpu = std::min(best.cpu, t.cpu);
  }
  const io::Layout used = io::choose_layout(g, layout);
  std::printf("%-24s %6zu vertices %6zu edges  %-5s  wall %7.3f s  cpu %7.3f s  (%zu KB SVG, best of %d)  "
              "target < %.0f s: %s\n",
              what.c_str(), num_vertices(g), num_edges(g), std::string(io::layout_name(used)).c_str(), best.wall,
              best.cpu, bytes / 1024, runs, target, best.wall < target ? "met" : "MISSED");
}

void register_bench_render(CLI::App& app) {
  struct Options {
    std::size_t nodes = 2000;
    std::string graph = std::string(KG_SOURCE_DIR) + "/graphs/seed.kg.json";
    int runs = 3;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* bench = command_group(app, "bench", "Benchmarks");
  CLI::App* cmd = bench->add_subcommand("render", "Time rendering the seed graph and a synthetic graph with sfdp");
  cmd->add_option("--nodes", opt->nodes, "Vertices in the synthetic graph (default 2000)");
  cmd->add_option("--graph", opt->graph, "The small graph to time (default graphs/seed.kg.json)");
  cmd->add_option("--runs", opt->runs, "Runs of the small graph; the best counts (default 3)")
      ->check(CLI::PositiveNumber);
  cmd->callback([opt] {
    if (std::filesystem::exists(opt->graph)) {
      const graph::KnowledgeGraph g = graph::load_graph(opt->graph);
      report(std::filesystem::path(opt->graph).filename().string(), g.graph(), io::Layout::automatic, opt->runs, 1);
    } else {
      std::printf("(%s not found: timing a 60-vertex synthetic graph instead)\n", opt->graph.c_str());
      report("synthetic 60", io::synthetic_graph(60).graph(), io::Layout::automatic, opt->runs, 1);
    }
    const graph::KnowledgeGraph big = io::synthetic_graph(opt->nodes);
    report("synthetic " + std::to_string(opt->nodes), big.graph(), io::Layout::sfdp, 1, 30);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_bench_render);

}  // namespace kg::cli
