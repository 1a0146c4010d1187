// kg bench nlp: tokens per second of tagging alone and of the whole NLP
// pipeline on one core, and the peak memory with all models loaded.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>

#include "command.h"
#include "kg/base/error.h"
#include "kg/nlp/conllu.h"
#include "kg/nlp/pipeline.h"
#include "kg/nlp/lemmatizer.h"
#include "kg/nlp/ner.h"
#include "kg/nlp/parser.h"
#include "kg/nlp/tagger.h"
#include "nlp_paths.h"

namespace {

struct Options {
  std::vector<std::string> corpus;
  std::string models;
  double min_seconds = 3.0;
  int beam = 1;
};

// Runs `pass` over the corpus until min_seconds of CPU time have passed;
// returns tokens per CPU second (CPU time, so other processes on a shared
// machine do not count against us).
template <class Pass>
double tokens_per_second(std::size_t tokens_per_pass, double min_seconds, Pass pass) {
  const std::clock_t c0 = std::clock();
  std::size_t tokens = 0;
  double secs = 0;
  do {
    pass();
    tokens += tokens_per_pass;
    secs = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  } while (secs < min_seconds);
  return static_cast<double>(tokens) / secs;
}

void register_bench_nlp(CLI::App& app) {
  CLI::App* bench = kg::cli::command_group(app, "bench", "Benchmarks");
  auto o = std::make_shared<Options>();
  CLI::App* cmd = bench->add_subcommand(
      "nlp", "Tokens/s of tagging alone and of tag+lemma+parse+NER on the words of CoNLL-U files; peak memory");
  cmd->add_option("corpus", o->corpus, "CoNLL-U files (their words are the input)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--models", o->models, "Models directory (default: $KG_MODELS or models/)");
  cmd->add_option("--min-seconds", o->min_seconds, "CPU seconds per measurement")->capture_default_str();
  kg::cli::add_beam_option(cmd, o->beam);
  cmd->callback([o]() {
    const auto t_load = std::chrono::steady_clock::now();
    kg::nlp::Pipeline pipeline = kg::nlp::Pipeline::load(kg::cli::nlp_models_dir(o->models));
    pipeline.set_parser_beam(o->beam);
    const double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_load).count();
    std::vector<kg::nlp::Sentence> corpus;
    std::size_t tokens = 0;
    for (const auto& p : o->corpus)
      for (auto& s : kg::nlp::read_conllu(p)) {
        kg::nlp::Sentence bare;
        for (const auto& w : s.words) {
          kg::nlp::Word b;
          b.form = w.form;
          bare.words.push_back(std::move(b));
        }
        tokens += bare.words.size();
        corpus.push_back(std::move(bare));
      }
    if (tokens == 0) throw kg::Error("bench nlp: the corpus has no words");
    // Work on a copy whose strings keep their capacity between passes, as a
    // long-running process would.
    std::vector<kg::nlp::Sentence> work = corpus;
    const double tag = tokens_per_second(tokens, o->min_seconds, [&] {
      for (auto& s : work) pipeline.tagger().tag(s);
    });
    const double full = tokens_per_second(tokens, o->min_seconds, [&] {
      for (auto& s : work) pipeline.annotate(s);
    });
    // Each stage alone, on the annotated corpus (a stage reads only what the
    // stages before it wrote, so repeating it redoes the same work).
    const double lemma = tokens_per_second(tokens, o->min_seconds / 3, [&] {
      for (auto& s : work) pipeline.lemmatizer().lemmatize(s);
    });
    const double parse = tokens_per_second(tokens, o->min_seconds / 3, [&] {
      for (auto& s : work) pipeline.parser().parse(s);
    });
    const double ner = tokens_per_second(tokens, o->min_seconds / 3, [&] {
      for (auto& s : work) pipeline.entities().tag(s);
    });
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("corpus: %zu sentences, %zu tokens; models loaded in %.2f s\n", corpus.size(), tokens, load_s);
    std::printf("tag: %.0f tokens/s\n", tag);
    std::printf("stages alone: lemma %.0f, parse %.0f, ner %.0f tokens/s\n", lemma, parse, ner);
    std::printf("tag+lemma+parse+ner: %.0f tokens/s\n", full);
    std::printf("peak RSS: %.1f MB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_bench_nlp);
