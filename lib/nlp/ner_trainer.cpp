#include <chrono>
#include <cstdio>
#include <map>
#include <ostream>
#include <set>

#include "kg/base/error.h"
#include "kg/nlp/ner_trainer.h"
#include "kg/nlp/tagger.h"
#include "kg/nlp/tagger_trainer.h"
#include "ner_features.h"
#include "ner_model.h"

namespace kg::nlp {

using namespace ner_detail;

namespace {

std::string fixed(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

std::vector<int> bilou_classes(const std::vector<Mention>& mentions, std::size_t n,
                               const std::map<std::string, int>& type_ids) {
  std::vector<int> out(n, 0);
  for (const Mention& m : mentions) {
    auto it = type_ids.find(m.type);
    if (it == type_ids.end()) continue;
    int base = 1 + 4 * it->second;
    if (m.first == m.last) {
      out[static_cast<std::size_t>(m.first)] = base + 3;
      continue;
    }
    out[static_cast<std::size_t>(m.first)] = base;
    for (int k = m.first + 1; k < m.last; ++k) out[static_cast<std::size_t>(k)] = base + 1;
    out[static_cast<std::size_t>(m.last)] = base + 2;
  }
  return out;
}

}  // namespace

void train_ner(const NerTrainOptions& opt, std::ostream& log) {
  if (opt.train.empty()) throw Error("train ner: no training data (--train)");
  if (opt.epochs < 1) throw Error("train ner: --epochs must be at least 1");
  const auto t0 = std::chrono::steady_clock::now();
  NerModel model;
  model.gazetteer = Gazetteer::read_sources(opt.iso_codes, opt.gazetteer_dir);

  std::vector<Sentence> train, dev;
  std::vector<std::vector<Mention>> train_gold, dev_gold;
  for (const auto& p : opt.train)
    for (Sentence& s : read_conllu(p)) {
      train_gold.push_back(gum_named_mentions(s, p.string()));
      train.push_back(std::move(s));
    }
  for (const auto& p : opt.dev)
    for (Sentence& s : read_conllu(p)) {
      dev_gold.push_back(gum_named_mentions(s, p.string()));
      dev.push_back(std::move(s));
    }
  std::set<std::string> type_set;
  std::size_t mentions = 0;
  for (const auto& g : train_gold)
    for (const Mention& m : g) type_set.insert(m.type), ++mentions;
  if (type_set.empty()) throw Error("train ner: the training data has no named Entity= mentions");
  std::map<std::string, int> type_ids;
  for (const auto& t : type_set) {
    type_ids[t] = static_cast<int>(model.types.size());
    model.types.push_back(t);
  }
  const int nclasses = 1 + 4 * static_cast<int>(model.types.size());
  std::vector<std::vector<int>> gold;
  for (std::size_t i = 0; i < train.size(); ++i) gold.push_back(bilou_classes(train_gold[i], train[i].words.size(), type_ids));
  if (!opt.tagger.empty()) {
    // Dev is scored as at run time: on predicted POS tags.
    Tagger tagger = Tagger::load(opt.tagger);
    for (Sentence& s : dev) tagger.tag(s);
  }
  std::string types_list;
  for (const auto& t : model.types) types_list += (types_list.empty() ? "" : ",") + t;
  log << "train ner: " << train.size() << " sentences, " << mentions << " named mentions (" << types_list << "), "
      << model.gazetteer.size() << " gazetteer phrases\n";

  PerceptronTrainer trainer(nclasses);
  Shuffler rng(opt.seed);
  std::vector<std::size_t> order(train.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  Scratch scratch;
  PerceptronModel best_weights;
  NerScores best;
  std::map<std::string, NerScores> best_all;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    rng.shuffle(order);
    for (std::size_t idx : order) {
      compute_atoms(train[idx], model.gazetteer, scratch);
      const std::vector<int>& g = gold[idx];
      decode(
          scratch, nclasses,
          [&](const std::uint64_t* f, std::size_t n, float* scores) { trainer.score(f, n, scores); },
          [&](std::size_t i, const std::uint64_t* f, int nf, int guess) {
            trainer.update(f, static_cast<std::size_t>(nf), g[i], guess);
            trainer.tick();
            return guess;
          });
    }
    model.weights = trainer.averaged();
    std::map<std::string, NerScores> scores;
    if (!dev.empty()) {
      ModelWriter w("ner", {});
      write_ner_model(w, model);
      EntityRecognizer rec = EntityRecognizer::load_bytes(w.data(), "(epoch model)");
      std::vector<std::vector<Mention>> predicted;
      for (Sentence s : dev) {
        rec.tag(s);
        predicted.push_back(rec.mentions(s));
      }
      scores = score_mentions(dev_gold, predicted);
    }
    const NerScores core = scores["core"];
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    log << "epoch " << epoch << "/" << opt.epochs << ": dev PERSON/ORG/GPE/LOC p=" << fixed(core.p())
        << " r=" << fixed(core.r()) << " f1=" << fixed(core.f1()) << ", " << model.weights.num_features()
        << " features, " << fixed(secs) << " s" << std::endl;
    if (best_epoch == 0 || dev.empty() || core.f1() > best.f1()) {
      best_epoch = epoch;
      best = core;
      best_all = scores;
      best_weights = model.weights;
    }
  }
  model.weights = std::move(best_weights);
  std::string per_type;
  for (const auto& [t, s] : best_all)
    per_type += (per_type.empty() ? "" : " ") + t + ":" + fixed(s.f1());
  std::map<std::string, std::string> header{
      {"command", opt.command},
      {"seed", std::to_string(opt.seed)},
      {"train", describe_treebanks(opt.train)},
      {"dev", describe_treebanks(opt.dev)},
      {"gazetteer", "read at training time from " + opt.iso_codes.filename().string() + " and data/gazetteer/*.tsv (" +
                        std::to_string(model.gazetteer.size()) + " phrases)"},
      {"epochs", std::to_string(opt.epochs)},
      {"best_epoch", std::to_string(best_epoch)},
      {"dev_core_p", fixed(best.p())},
      {"dev_core_r", fixed(best.r())},
      {"dev_core_f1", fixed(best.f1())},
      {"dev_f1_by_type", per_type},
  };
  ModelWriter w("ner", header);
  write_ner_model(w, model);
  w.save(opt.output);
  log << "wrote " << opt.output.string() << " (" << w.data().size() << " bytes, epoch " << best_epoch
      << ", dev core f1 " << fixed(best.f1()) << ")\n";
}

}  // namespace kg::nlp
