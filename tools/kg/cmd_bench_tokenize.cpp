// kg bench tokenize: throughput of read + UTF-8 check + normalise + tokenize + split.
#include <chrono>
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
  double best = 0;
  std::size_t bytes = 0, tokens = 0, sentences = 0;
  for (int r = 0; r < o.repeat; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<kg::text::Document> docs = o.input.read();
    bytes = tokens = sentences = 0;
    for (const auto& d : docs) {
      kg::text::TokenizedDocument t = kg::text::tokenize(d, to);
      bytes += d.text.size();
      tokens += t.tokens.size();
      sentences += t.sentences.size();
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double mbs = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0;
    std::fprintf(stderr, "run %d: %.3f s\n", r + 1, secs);
    if (mbs > best) best = mbs;
  }
  std::printf("bench tokenize: %zu bytes, %zu tokens, %zu sentences; best of %d runs: %.1f MB/s (1 thread)\n",
              bytes, tokens, sentences, o.repeat, best);
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
