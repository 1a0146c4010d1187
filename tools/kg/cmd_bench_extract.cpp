// kg bench extract: CPU time of parsing documents (tokenize, tag, lemmatize,
// parse) against the time that extraction adds on the same text (clauses,
// relations, event classes, coreference and canonical actors).
#include <cstdio>
#include <ctime>

#include "command.h"
#include "input_options.h"
#include "kg/extract/extractor.h"
#include "kg/nlp/pipeline.h"
#include "nlp_paths.h"

namespace {

struct Options {
  kg::cli::InputOptions input;
  std::string models;
  int rounds = 3;
};

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

void register_bench_extract(CLI::App& app) {
  CLI::App* bench = kg::cli::command_group(app, "bench", "Benchmarks");
  auto o = std::make_shared<Options>();
  CLI::App* cmd = bench->add_subcommand("extract", "CPU time of parsing vs. what extraction+coref+canonical actors add");
  kg::cli::add_input_options(cmd, o->input);
  kg::cli::add_models_option(cmd, o->models);
  cmd->add_option("--rounds", o->rounds, "Passes over the input (best pass counts)")->capture_default_str()->check(
      CLI::Range(1, 100));
  cmd->callback([o]() {
    kg::extract::ExtractorOptions eo;
    eo.models_dir = kg::cli::nlp_models_dir(o->models);
    eo.tokenize.keep_boilerplate = o->input.keep_boilerplate;
    eo.tokenize.splitter = &kg::cli::splitter_for(o->models);
    kg::extract::Extractor ex(eo);
    const auto docs = o->input.read();
    double best_parse = 1e300, best_extract = 1e300;
    std::size_t sentences = 0, words = 0, triples = 0;
    for (int r = 0; r < o->rounds; ++r) {
      std::vector<std::vector<kg::nlp::Sentence>> parsed;
      const double t0 = cpu_seconds();
      for (const auto& d : docs) parsed.push_back(ex.parse(d));
      const double t1 = cpu_seconds();
      std::vector<kg::extract::Triple> all;
      for (std::size_t i = 0; i < docs.size(); ++i) {
        auto ts = ex.extract_parsed(docs[i], parsed[i]);
        all.insert(all.end(), ts.begin(), ts.end());
      }
      ex.canonicalise(all);
      const double t2 = cpu_seconds();
      best_parse = std::min(best_parse, t1 - t0);
      best_extract = std::min(best_extract, t2 - t1);
      sentences = words = 0;
      for (const auto& p : parsed) {
        sentences += p.size();
        for (const auto& s : p) words += s.words.size();
      }
      triples = all.size();
    }
    std::printf("documents=%zu sentences=%zu words=%zu triples=%zu\n", docs.size(), sentences, words, triples);
    std::printf("parse: %.3f s CPU (%.0f words/s)\n", best_parse, static_cast<double>(words) / best_parse);
    std::printf("extract+coref+canonical: %.3f s CPU (%.0f words/s)\n", best_extract,
                static_cast<double>(words) / best_extract);
    std::printf("extract: overhead=%.1f%% of parsing\n", 100.0 * best_extract / best_parse);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_bench_extract);
