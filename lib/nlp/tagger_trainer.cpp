#include "kg/nlp/tagger_trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <ostream>

#include "kg/base/error.h"
#include "kg/nlp/tagger.h"
#include "tagger_model.h"
#include "word_features.h"

namespace kg::nlp {

using namespace tagger_detail;

namespace {

// Words seen this often get an ambiguity class (the set of their tags).
constexpr int kLexiconMinCount = 3;
// Words seen this often with one tag at least this share of the time are
// tagged from the dictionary, without scoring.
constexpr int kDictMinCount = 20;
constexpr double kDictMinShare = 0.995;
// A tag counts in a word's ambiguity class when it has this share of its uses.
constexpr double kAmbiguityMinShare = 0.02;

// Forms whose word-only scores the Tagger precomputes (about 85% of running words).
constexpr std::size_t kVocabularySize = 10000;

using TagCounts = std::map<int, int>;

LexEntry lexicon_entry(const TagCounts& counts) {
  int total = 0, best = -1, best_count = 0;
  for (auto [t, c] : counts) {
    total += c;
    if (c > best_count) best = t, best_count = c;
  }
  std::uint64_t amb = 0x243F6A8885A308D3ULL;
  for (auto [t, c] : counts)
    if (c >= kAmbiguityMinShare * total) amb = hash_mix(amb ^ static_cast<std::uint64_t>(t + 1));
  LexEntry e;
  e.ambiguity = amb;
  if (total >= kDictMinCount && best_count >= kDictMinShare * total) e.dict_tag = best;
  return e;
}

std::string fixed(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

}  // namespace

void train_tagger(const TaggerTrainOptions& opt, std::ostream& log) {
  if (opt.train.empty()) throw Error("train tagger: no training data (--train)");
  if (opt.epochs < 1) throw Error("train tagger: --epochs must be at least 1");
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<Sentence> train = read_treebanks(opt.train);
  std::vector<Sentence> dev = read_treebanks(opt.dev);
  // An empty file would otherwise train a model that tags nothing and replace
  // the existing one.
  if (std::none_of(train.begin(), train.end(), [](const Sentence& s) { return !s.words.empty(); }))
    throw Error("train tagger: the training data has no words (" + opt.train.front().string() + ")");

  // Tag set: every UPOS+XPOS pair of the training data, in sorted order.
  std::map<std::pair<std::string, std::string>, int> tag_ids;
  for (const auto& s : train)
    for (const auto& w : s.words) tag_ids.emplace(std::make_pair(w.upos, w.xpos), 0);
  TaggerModel model;
  for (auto& [k, id] : tag_ids) {
    id = static_cast<int>(model.tags.size());
    model.tags.push_back({k.first, k.second});
  }
  const int ntags = static_cast<int>(model.tags.size());
  std::vector<std::vector<int>> gold(train.size());
  std::map<std::string, TagCounts> exact_counts, lower_counts;
  std::string lower;
  for (std::size_t i = 0; i < train.size(); ++i)
    for (const auto& w : train[i].words) {
      int t = tag_ids.at({w.upos, w.xpos});
      gold[i].push_back(t);
      ++exact_counts[w.form][t];
      lowercase_into(w.form, lower);
      ++lower_counts[lower][t];
    }
  auto add_lexicon = [&](const std::map<std::string, TagCounts>& counts, bool exact) {
    for (const auto& [word, c] : counts) {
      int total = 0;
      for (auto [t, n] : c) total += n;
      if (total < kLexiconMinCount) continue;
      std::uint64_t h = hash_text(word);
      model.lexicon.push_back({exact ? exact_key(h) : lower_key(h), lexicon_entry(c)});
    }
  };
  add_lexicon(exact_counts, true);
  add_lexicon(lower_counts, false);
  // The most frequent forms (ties in string order) are precomputed by the Tagger at load.
  {
    std::vector<std::pair<int, std::string>> by_count;
    for (const auto& [word, c] : exact_counts) {
      int total = 0;
      for (auto [t, n] : c) total += n;
      by_count.emplace_back(-total, word);
    }
    std::sort(by_count.begin(), by_count.end());
    for (std::size_t i = 0; i < by_count.size() && i < kVocabularySize; ++i) model.vocabulary.push_back(by_count[i].second);
  }
  std::sort(model.lexicon.begin(), model.lexicon.end(),
            [](const LexiconItem& a, const LexiconItem& b) { return a.key < b.key; });
  std::vector<std::pair<std::uint64_t, LexEntry>> items;
  for (const auto& l : model.lexicon) items.emplace_back(l.key, l.entry);
  const WordTable<LexEntry> lexicon(items);

  std::size_t train_words = 0;
  for (const auto& s : train) train_words += s.words.size();
  log << "train tagger: " << train.size() << " sentences, " << train_words << " words, " << ntags << " tags, "
      << model.lexicon.size() << " lexicon entries\n";

  PerceptronTrainer trainer(ntags);
  Shuffler rng(opt.seed);
  std::vector<std::size_t> order(train.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  Scratch scratch;
  PerceptronModel best_weights;
  TagScores best_scores;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    rng.shuffle(order);
    std::size_t correct = 0, seen = 0;
    for (std::size_t idx : order) {
      compute_atoms(train[idx], lexicon, nullptr, scratch);
      const std::vector<int>& g = gold[idx];
      decode(
          scratch.atoms, ntags, scratch,
          [&](std::size_t, const std::uint64_t* f, std::size_t n, std::size_t, float* scores) {
            trainer.score(f, n, scores);
          },
          [&](std::size_t i, const std::uint64_t* f, int nf, int guess) {
            trainer.update(f, static_cast<std::size_t>(nf), g[i], guess);
            trainer.tick();
            correct += guess == g[i];
            ++seen;
            return guess;
          });
    }
    model.weights = trainer.averaged();
    TagScores dev_scores;
    if (!dev.empty()) {
      ModelWriter w("tagger", {});
      write_tagger_model(w, model);
      Tagger tagger = Tagger::load_bytes(w.data(), "(epoch model)");
      std::vector<Sentence> predicted = dev;
      for (auto& s : predicted) tagger.tag(s);
      dev_scores = score_tags(dev, predicted);
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    log << "epoch " << epoch << "/" << opt.epochs << ": train " << fixed(seen ? 100.0 * correct / seen : 0)
        << "% (scored words), dev upos " << fixed(dev_scores.upos) << " xpos " << fixed(dev_scores.xpos) << ", "
        << model.weights.num_features() << " features, " << fixed(secs) << " s" << std::endl;
    if (best_epoch == 0 || dev.empty() || dev_scores.upos > best_scores.upos) {
      best_epoch = epoch;
      best_scores = dev_scores;
      best_weights = model.weights;
    }
  }
  model.weights = std::move(best_weights);
  std::map<std::string, std::string> header{
      {"command", opt.command},
      {"seed", std::to_string(opt.seed)},
      {"train", describe_treebanks(opt.train)},
      {"dev", describe_treebanks(opt.dev)},
      {"epochs", std::to_string(opt.epochs)},
      {"best_epoch", std::to_string(best_epoch)},
      {"dev_upos", fixed(best_scores.upos)},
      {"dev_xpos", fixed(best_scores.xpos)},
      {"features", "hashed templates v1; lexicon min count " + std::to_string(kLexiconMinCount)},
  };
  ModelWriter w("tagger", header);
  write_tagger_model(w, model);
  w.save(opt.output);
  log << "wrote " << opt.output.string() << " (" << w.data().size() << " bytes, epoch " << best_epoch << ", dev upos "
      << fixed(best_scores.upos) << ")\n";
}

}  // namespace kg::nlp
