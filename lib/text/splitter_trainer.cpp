#include "kg/text/splitter_trainer.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>
#include <unordered_set>

#include "kg/base/error.h"
#include "kg/text/tokenize_eval.h"
#include "kg/text/tokenizer.h"
#include "kg/text/ud_gold.h"
#include "splitter_features.h"

namespace kg::text {
namespace {

struct TrainingDocument {
  std::vector<Token> tokens;
  detail::BoundaryContext context;
  std::vector<std::uint8_t> gold;  // 1 when a sentence ends after the token
};

// Weights with lazy averaging: the average is accumulated only when a weight changes.
class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(unsigned bits)
      : w_(std::size_t{1} << bits, 0.0f), total_(w_.size(), 0.0), stamp_(w_.size(), 0) {}

  float score(const std::uint32_t* f, int n) const {
    float s = 0;
    for (int k = 0; k < n; ++k) s += w_[f[k]];
    return s;
  }
  void update(const std::uint32_t* f, int n, float delta) {
    for (int k = 0; k < n; ++k) {
      const std::uint32_t i = f[k];
      total_[i] += static_cast<double>(now_ - stamp_[i]) * w_[i];
      stamp_[i] = now_;
      w_[i] += delta;
    }
  }
  void tick() { ++now_; }
  std::vector<float> averaged() const {
    std::vector<float> avg(w_.size());
    const double t = now_ ? static_cast<double>(now_) : 1.0;
    for (std::size_t i = 0; i < w_.size(); ++i) {
      const double sum = total_[i] + static_cast<double>(now_ - stamp_[i]) * w_[i];
      avg[i] = static_cast<float>(sum / t);
      if (std::abs(avg[i]) < 1e-4f) avg[i] = 0.0f;  // prune: keeps the model file small
    }
    return avg;
  }

 private:
  std::vector<float> w_;
  std::vector<double> total_;
  std::vector<std::uint64_t> stamp_;
  std::uint64_t now_ = 0;
};

std::vector<TrainingDocument> load(const std::vector<std::filesystem::path>& files) {
  std::vector<TrainingDocument> docs;
  for (const auto& f : files) {
    for (GoldDocument& g : read_ud_gold(f)) {
      TrainingDocument d;
      d.tokens = tokenize_text(g.text);
      d.context.build(g.text, d.tokens);
      std::unordered_set<std::uint32_t> ends;
      for (const auto& s : g.sentences) ends.insert(s.second);
      d.gold.resize(d.tokens.size());
      for (std::size_t i = 0; i < d.tokens.size(); ++i) d.gold[i] = ends.count(d.tokens[i].end) ? 1 : 0;
      docs.push_back(std::move(d));
    }
  }
  return docs;
}

}  // namespace

SplitterTrainResult train_splitter(const SplitterTrainOptions& options,
                                   const std::function<void(const std::string&)>& log) {
  if (options.train.empty()) throw Error("train splitter: no training files");
  if (options.epochs < 1) throw Error("train splitter: --epochs must be at least 1");
  if (options.hash_bits < 12 || options.hash_bits > 24) throw Error("train splitter: --hash-bits must be 12..24");
  std::vector<TrainingDocument> docs = load(options.train);
  AveragedPerceptron p(options.hash_bits);
  std::mt19937_64 rng(options.seed);
  std::vector<std::size_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<float> best;
  double best_f1 = -1;
  int best_epoch = 0;
  std::uint32_t feats[detail::kMaxFeatures];
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t errors = 0, decisions = 0;
    for (std::size_t di : order) {
      const TrainingDocument& d = docs[di];
      std::size_t first = 0;
      for (std::size_t i = 0; i < d.tokens.size(); ++i) {
        bool boundary;
        if (!detail::decided_by_rule(d.context, i, d.tokens, boundary)) {
          const int n = detail::boundary_features(d.context, i, i - first, options.hash_bits, feats);
          const bool predicted = p.score(feats, n) > 0;
          const bool gold = d.gold[i] != 0;
          if (predicted != gold) {
            p.update(feats, n, gold ? 1.0f : -1.0f);
            ++errors;
          }
          p.tick();
          ++decisions;
          boundary = predicted;
        }
        if (boundary) first = i + 1;
      }
    }
    std::vector<float> avg = p.averaged();
    char line[200];
    double f1 = 0;
    if (!options.dev.empty()) {
      SentenceSplitter candidate(options.hash_bits, avg);
      TokenizeOptions to;
      to.splitter = &candidate;
      f1 = evaluate_tokenizer(options.dev, to).sentences.f1();
    }
    std::snprintf(line, sizeof line, "epoch %d: training errors %zu of %zu decisions, dev sentences F1 %.2f", epoch,
                  errors, decisions, f1);
    log(line);
    if (options.dev.empty() || f1 > best_f1) {
      best_f1 = f1;
      best_epoch = epoch;
      best = std::move(avg);
    }
  }
  SplitterTrainResult r{SentenceSplitter(options.hash_bits, std::move(best)), {}};
  std::string files;
  for (const auto& f : options.train) files += (files.empty() ? "" : ",") + f.filename().string();
  r.header["train"] = files;
  r.header["dev"] = options.dev.filename().string();
  r.header["seed"] = std::to_string(options.seed);
  r.header["epochs"] = std::to_string(options.epochs);
  r.header["best_epoch"] = std::to_string(best_epoch);
  r.header["hash_bits"] = std::to_string(options.hash_bits);
  char f1s[32];
  std::snprintf(f1s, sizeof f1s, "%.2f", best_f1);
  r.header["dev_sentences_f1"] = f1s;
  return r;
}

}  // namespace kg::text
