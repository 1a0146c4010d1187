// kg bench tag: tagging speed alone, in tokens per second on one core.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>

#include "command.h"
#include "kg/base/error.h"
#include "kg/nlp/tagger.h"
#include "nlp_paths.h"

namespace {

struct Options {
  std::vector<std::string> corpus;
  std::string models, tagger;
  double min_seconds = 2.0;
};

void register_bench_tag(CLI::App& app) {
  CLI::App* bench = kg::cli::command_group(app, "bench", "Benchmarks");
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = bench->add_subcommand("tag", "Tokens per second of the POS tagger alone (CoNLL-U input, gold tokens)");
  cmd->add_option("corpus", opt->corpus, "CoNLL-U files whose words are tagged")->required();
  cmd->add_option("--models", opt->models, "Models directory (default: $KG_MODELS or models/)");
  cmd->add_option("--tagger", opt->tagger, "Tagger model (default: MODELS/tagger.kgm)");
  cmd->add_option("--min-seconds", opt->min_seconds, "Repeat the corpus until this much time has passed")
      ->capture_default_str();
  cmd->callback([opt]() {
    const auto t_load = std::chrono::steady_clock::now();
    const std::filesystem::path path =
        opt->tagger.empty() ? kg::cli::nlp_models_dir(opt->models) / "tagger.kgm" : std::filesystem::path(opt->tagger);
    kg::nlp::Tagger tagger = kg::nlp::Tagger::load(path);
    const double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_load).count();
    std::vector<kg::nlp::Sentence> corpus;
    for (const auto& p : opt->corpus) {
      auto s = kg::nlp::read_conllu(p);
      corpus.insert(corpus.end(), s.begin(), s.end());
    }
    std::size_t tokens_per_pass = 0;
    for (auto& s : corpus) {
      tokens_per_pass += s.words.size();
      for (auto& w : s.words) w.upos.clear(), w.xpos.clear();
    }
    if (tokens_per_pass == 0) throw kg::Error("bench tag: the corpus has no words");
    std::size_t tokens = 0;
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    double secs = 0;
    do {
      for (auto& s : corpus) tagger.tag(s);
      tokens += tokens_per_pass;
      secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    } while (secs < opt->min_seconds);
    const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    // CPU time is reported too: on a shared machine wall time includes waiting for a core.
    std::printf("model load: %.3f s\ntag: %zu tokens in %.2f s wall, %.2f s cpu = %.0f tokens/s (%.0f tokens/cpu-s)\n",
                load_s, tokens, secs, cpu, static_cast<double>(tokens) / secs, static_cast<double>(tokens) / cpu);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_bench_tag);
