// kg bench tokenize: throughput of read + UTF-8 check + normalise + tokenize + split.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <iostream>

#include "command.h"
#include "input_options.h"
#include "kg/base/error.h"

namespace {

struct Options {
  kg::cli::InputOptions input;
  int repeat = 3;
  std::string models;
};

void run(const Options& o) {
  if (o.repeat < 1) throw kg::Error("bench tokenize: --repeat must be at least 1");
  const kg::text::SentenceSplitter& splitter = kg::cli::splitter_for(o.models);
  kg::text::TokenizeOptions to;
  to.keep_boilerplate = o.input.keep_boilerplate;
  to.splitter = &splitter;
  double best = 0, best_cpu = 0;
  std::size_t bytes = 0, tokens = 0, sentences = 0;
  for (int r = 0; r < o.repeat; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    std::vector<kg::text::Document> docs = o.input.read();
    bytes = tokens = sentences = 0;
    for (const auto& d : docs) {
      kg::text::TokenizedDocument t = kg::text::tokenize(d, to);
      bytes += d.text.size();
      tokens += t.tokens.size();
      sentences += t.sentences.size();
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    const double mbs = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0;
    const double cpu_mbs = cpu > 0 ? static_cast<double>(bytes) / 1e6 / cpu : 0;
    if (!kg::cli::globals().quiet) std::fprintf(stderr, "run %d: %.3f s wall, %.3f s CPU\n", r + 1, secs, cpu);
    best = std::max(best, mbs);
    best_cpu = std::max(best_cpu, cpu_mbs);
  }
  // CPU time is what one core delivers; wall time also counts waiting for a
  // busy machine.
  std::printf("bench tokenize: %zu bytes, %zu tokens, %zu sentences; best of %d runs (1 thread): "
              "%.1f MB/s wall clock, %.1f MB/s CPU time\n",
              bytes, tokens, sentences, o.repeat, best, best_cpu);
}

void register_bench_tokenize(CLI::App& app) {
  CLI::App* bench = kg::cli::command_group(app, "bench", "Benchmarks (print throughput)");
  auto o = std::make_shared<Options>();
  CLI::App* cmd = bench->add_subcommand(
      "tokenize", "Measure read + UTF-8 check + normalise + tokenize + sentence split throughput in MB/s");
  kg::cli::add_input_options(cmd, o->input);
  cmd->add_option("--repeat", o->repeat, "Runs; the best is reported")->capture_default_str();
  kg::cli::add_models_option(cmd, o->models);
  cmd->callback([o] { run(*o); });
}

}  // namespace

KG_REGISTER_COMMAND(register_bench_tokenize);
