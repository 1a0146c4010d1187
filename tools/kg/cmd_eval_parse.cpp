// kg eval-parse: tagging, lemmatization and parsing scores against a gold
// CoNLL-U file, on gold tokenization or end to end from the # text lines.
#include <chrono>
#include <cstdio>
#include <iostream>

#include "command.h"
#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/nlp/conllu.h"
#include "kg/nlp/parse_eval.h"
#include "kg/nlp/parser.h"
#include "kg/nlp/pipeline.h"
#include "nlp_paths.h"
#include "input_options.h"
#include "parse_raw.h"

namespace {

struct Options {
  std::vector<std::string> gold;
  std::string models, parser;
  bool raw = false, gold_tags = false;
  int beam = 1;
  double beam_temperature = 0;
  std::string output;
};

// The gold words with only what the pipeline may see: forms and SpaceAfter.
kg::nlp::Sentence strip(const kg::nlp::Sentence& g, bool keep_tags) {
  kg::nlp::Sentence s;
  s.id = g.id;
  s.text = g.text;
  s.comments = g.comments;
  s.mwts = g.mwts;
  for (const auto& gw : g.words) {
    kg::nlp::Word w;
    w.form = gw.form;
    w.misc = gw.misc;
    if (keep_tags) w.upos = gw.upos, w.xpos = gw.xpos, w.lemma = gw.lemma, w.feats = gw.feats;
    s.words.push_back(std::move(w));
  }
  return s;
}

void register_eval_parse(CLI::App& app) {
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("eval-parse", "Score tagging, lemmas and parsing against gold CoNLL-U");
  cmd->add_option("gold", o->gold, "Gold CoNLL-U files")->required()->check(CLI::ExistingFile);
  cmd->add_flag("--raw", o->raw, "End to end: tokenize the # text lines, align words as CoNLL 2018 does");
  cmd->add_flag("--gold-tags", o->gold_tags, "Keep the gold UPOS/XPOS/lemmas and run only the parser (gold tokenization)");
  cmd->add_option("--models", o->models, "Models directory (default: $KG_MODELS or models/)");
  cmd->add_option("--parser", o->parser, "Parser model (default: MODELS/parser.kgm)");
  cmd->add_option("-o,--output", o->output, "Also write the predicted CoNLL-U here");
  kg::cli::add_beam_option(cmd, o->beam);
  cmd->add_option("--beam-temperature", o->beam_temperature,
                  "Scale of the action scores in the beam's log-softmax (default: the model's, else 0.03)")
      ->check(CLI::Range(1e-6, 1e6));
  cmd->callback([o]() {
    if (o->raw && o->gold_tags) throw kg::Error("eval-parse: --gold-tags needs gold tokenization, not --raw");
    const auto dir = kg::cli::nlp_models_dir(o->models);
    auto files = kg::nlp::PipelineFiles::in(dir);
    if (!o->parser.empty()) files.parser = o->parser;
    std::vector<kg::nlp::Sentence> gold, pred;
    for (const auto& g : o->gold) {
      auto part = kg::nlp::read_conllu(g);
      gold.insert(gold.end(), part.begin(), part.end());
    }
    const auto t0 = std::chrono::steady_clock::now();
    kg::nlp::ParseScores scores;
    std::size_t words = 0;
    if (o->gold_tags) {
      kg::nlp::Parser parser = kg::nlp::Parser::load(files.parser).with_beam(o->beam, o->beam_temperature);
      for (const auto& g : gold) {
        pred.push_back(strip(g, true));
        parser.parse(pred.back());
        kg::nlp::score_same_words(g, pred.back(), scores);
        words += g.words.size();
      }
    } else if (!o->raw) {
      kg::nlp::Pipeline pipeline = kg::nlp::Pipeline::load(files);
      pipeline.set_parser_beam(o->beam, o->beam_temperature);
      for (const auto& g : gold) {
        pred.push_back(strip(g, false));
        pipeline.annotate(pred.back());
        kg::nlp::score_same_words(g, pred.back(), scores);
        words += g.words.size();
      }
    } else {
      kg::nlp::Pipeline pipeline = kg::nlp::Pipeline::load(files);
      pipeline.set_parser_beam(o->beam, o->beam_temperature);
      std::vector<kg::nlp::CharSpan> spans;
      pred = kg::cli::parse_gold_text(pipeline, kg::cli::splitter_for(o->models), gold, o->gold.front(), spans);
      scores = kg::nlp::score_aligned(gold, pred, spans);
      for (const auto& p : pred) words += p.words.size();
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!o->output.empty()) {
      kg::AtomicFile out(o->output);
      for (const auto& s : pred) kg::nlp::write_conllu(out.stream(), s);
      out.commit();
    }
    std::printf("words: gold=%llu predicted=%llu aligned=%llu (%.0f words/s)\n",
                static_cast<unsigned long long>(scores.gold), static_cast<unsigned long long>(scores.predicted),
                static_cast<unsigned long long>(scores.aligned), static_cast<double>(words) / std::max(secs, 1e-9));
    std::printf("las with subtypes: %.2f\n", scores.f1(scores.las_full));
    std::printf("parse: %s\n", scores.summary().c_str());
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_eval_parse);
