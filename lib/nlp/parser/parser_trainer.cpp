#include "kg/nlp/parser_trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include "kg/base/error.h"
#include "kg/nlp/parse_eval.h"
#include "kg/nlp/projectivize.h"
#include "parser_features.h"
#include "parser_model.h"

namespace kg::nlp {
namespace {

using namespace parser_detail;

// A training sentence with its projectivized gold tree as label ids.
struct Example {
  const Sentence* sentence;
  std::vector<int> head, label;  // index 0 unused
};

bool is_tree(const Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int roots = 0;
  for (const Word& w : s.words) {
    if (w.head < 0 || w.head > n || w.deprel.empty()) return false;
    roots += w.head == 0;
  }
  if (roots != 1) return false;
  for (int i = 1; i <= n; ++i) {
    int w = i;
    for (int steps = 0; w != 0; ++steps) {
      if (steps > n) return false;  // cycle
      w = s.words[static_cast<std::size_t>(w - 1)].head;
    }
  }
  return true;
}

std::string fmt(const char* f, double a, double b = 0, double c = 0, double d = 0) {
  char buf[256];
  std::snprintf(buf, sizeof buf, f, a, b, c, d);
  return buf;
}

// Deterministic Fisher-Yates (std::shuffle's algorithm is not specified).
void shuffle(std::vector<std::size_t>& v, std::mt19937_64& rng) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng() % i]);
}

}  // namespace

std::pair<double, double> parser_attachment_scores(const Parser& parser, const std::vector<Sentence>& gold) {
  ParseScores sc;
  for (const Sentence& g : gold) {
    Sentence p = g;
    parser.parse(p);
    score_same_words(g, p, sc);
  }
  return {sc.f1(sc.uas), sc.f1(sc.las)};
}

ParserTrainResult train_parser(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                               const ParserTrainOptions& opt) {
  auto log = [&](const std::string& line) {
    if (opt.log) opt.log(line);
  };
  // Projectivize every valid tree; count lifted labels to keep the frequent ones.
  std::vector<std::vector<int>> heads;
  std::vector<std::vector<std::string>> labels;
  std::vector<const Sentence*> used;
  std::map<std::string, int> label_count;
  std::size_t skipped = 0, lifted_sentences = 0;
  for (const Sentence& s : train) {
    if (!is_tree(s)) {
      ++skipped;
      continue;
    }
    std::vector<int> h(s.words.size() + 1, 0);
    std::vector<std::string> l(s.words.size() + 1);
    for (std::size_t i = 0; i < s.words.size(); ++i) h[i + 1] = s.words[i].head, l[i + 1] = s.words[i].deprel;
    lifted_sentences += projectivize(h, l);
    for (std::size_t i = 1; i < l.size(); ++i) ++label_count[l[i]];
    heads.push_back(std::move(h));
    labels.push_back(std::move(l));
    used.push_back(&s);
  }
  if (used.empty()) throw Error("parser training: no sentence with a valid dependency tree in the training data");

  auto model = std::make_shared<ParserModel>();
  auto keep = [&](const std::string& l) {
    return l.find(kLiftSeparator) == std::string::npos || label_count[l] >= opt.min_lift_count;
  };
  std::map<std::string, int> ids;
  for (auto& [l, c] : label_count) {
    std::string name = keep(l) ? l : l.substr(0, l.find(kLiftSeparator));
    ids.emplace(name, 0);
    auto p = name.find(kLiftSeparator);  // make sure both halves of a lifted label exist
    if (p != std::string::npos) ids.emplace(name.substr(0, p), 0), ids.emplace(name.substr(p + 2), 0);
  }
  ids.emplace("root", 0);
  for (auto& [l, id] : ids) id = static_cast<int>(model->labels.size()), model->labels.push_back(l);
  model->index_labels("parser training");

  std::vector<Example> examples;
  for (std::size_t k = 0; k < used.size(); ++k) {
    Example e{used[k], heads[k], std::vector<int>(heads[k].size(), 0)};
    for (std::size_t i = 1; i < labels[k].size(); ++i) {
      const std::string& l = labels[k][i];
      e.label[i] = ids.at(keep(l) ? l : l.substr(0, l.find(kLiftSeparator)));
    }
    examples.push_back(std::move(e));
  }
  log(fmt("parser training: %.0f sentences (%.0f skipped as invalid trees, %.0f projectivized), %.0f labels",
          static_cast<double>(examples.size()), static_cast<double>(skipped), static_cast<double>(lifted_sentences),
          static_cast<double>(model->labels.size())));

  const int actions = model->action_count();
  TrainingWeights weights(actions);
  std::mt19937_64 rng(opt.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  SentenceAtoms atoms;
  ArcHybridState state;
  std::vector<std::uint64_t> features(templates().size());
  std::vector<float> scores(static_cast<std::size_t>(actions));
  std::vector<int> cost(static_cast<std::size_t>(actions));

  // The model with the given weights and the outcome in its header.
  auto finished_model = [&](int epoch, double uas, double las, CompactWeights w) {
    auto m = std::make_shared<ParserModel>(*model);
    m->weights = std::move(w);
    m->header = opt.header;
    m->header["seed"] = std::to_string(opt.seed);
    m->header["epochs"] = std::to_string(opt.epochs);
    m->header["best_epoch"] = std::to_string(epoch);
    m->header["transition_system"] = "arc-hybrid, pseudo-projective (head encoding)";
    m->header["training_sentences"] = std::to_string(examples.size());
    if (!dev.empty()) {
      m->header["dev_uas"] = fmt("%.2f", uas);
      m->header["dev_las"] = fmt("%.2f", las);
    }
    m->header["features"] = std::to_string(m->weights.feature_count());
    m->header["weights"] = std::to_string(m->weights.entry_count());
    return m;
  };
  CompactWeights best_weights;
  int best_epoch = 0;
  double best_uas = -1, best_las = -1;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    auto t0 = std::chrono::steady_clock::now();
    shuffle(order, rng);
    std::uint64_t moves = 0, correct = 0;
    const bool exploring = epoch >= opt.explore_from;
    for (std::size_t idx : order) {
      const Example& ex = examples[idx];
      atoms.fill(*ex.sentence);
      state.reset(static_cast<int>(ex.sentence->words.size()));
      while (!state.terminal()) {
        extract_features(state, atoms, features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        weights.score(features, scores);
        const int pred = best_valid_action<float>(state, scores, model->root);
        MoveCosts c = move_costs(state, ex.head, ex.label);
        // Cost of every action; invalid ones get a huge cost via a -inf score mask below.
        auto action_cost = [&](int a) {
          if (a == 0) return c.shift;
          int l = action_label(a);
          if (action_move(a) == Move::left) return c.left + (c.left_label >= 0 && l != c.left_label ? 1 : 0);
          return c.right + (c.right_label >= 0 && l != c.right_label ? 1 : 0);
        };
        // The oracle's move: the best-scoring valid action of least cost.
        int min_cost = 1 << 30;
        int gold = -1;
        auto consider = [&](int a) {
          int ca = action_cost(a);
          if (ca < min_cost || (ca == min_cost && scores[static_cast<std::size_t>(a)] > scores[static_cast<std::size_t>(gold)]))
            min_cost = ca, gold = a;
        };
        for_each_valid_action(state, static_cast<int>(model->labels.size()), model->root, consider);
        ++moves;
        weights.tick();
        if (action_cost(pred) > min_cost) {
          weights.update(features, gold, 1.0f);
          weights.update(features, pred, -1.0f);
        } else {
          ++correct;
        }
        const int next = exploring && coin(rng) < opt.explore ? pred : gold;
        state.apply(action_move(next), action_label(next));
      }
    }
    auto t1 = std::chrono::steady_clock::now();
    auto epoch_model = std::make_shared<ParserModel>(*model);
    // Evaluate the pruned weights: they are the ones that would be saved.
    epoch_model->weights = weights.average(opt.prune);
    Parser epoch_parser(epoch_model);
    auto t2 = std::chrono::steady_clock::now();
    auto [uas, las] = dev.empty() ? std::pair<double, double>{0, 0} : parser_attachment_scores(epoch_parser, dev);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    log(fmt("epoch %.0f/", epoch) + std::to_string(opt.epochs) +
        fmt(": %.2f%% moves right, dev UAS %.2f LAS %.2f", 100.0 * static_cast<double>(correct) / static_cast<double>(std::max<std::uint64_t>(moves, 1)), uas, las) +
        fmt(" (%.1f s, training %.1f s, averaging %.1f s, dev parsing %.1f s)", secs, std::chrono::duration<double>(t1 - t0).count(),
            std::chrono::duration<double>(t2 - t1).count(), std::chrono::duration<double>(std::chrono::steady_clock::now() - t2).count()));
    if (dev.empty() || las > best_las) {
      best_weights = epoch_model->weights;
      best_epoch = epoch, best_uas = uas, best_las = las;
      if (opt.checkpoint) opt.checkpoint(finished_model(epoch, uas, las, best_weights)->serialize());
    }
  }
  auto final_model = finished_model(best_epoch, best_uas, best_las, std::move(best_weights));
  ParserTrainResult result{Parser(final_model), best_epoch, best_uas, best_las, final_model->serialize()};
  return result;
}

}  // namespace kg::nlp
