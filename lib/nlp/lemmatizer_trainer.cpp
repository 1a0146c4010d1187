#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>
#include <ostream>

#include "kg/base/error.h"
#include "kg/base/model_file.h"
#include "kg/nlp/lemmatizer.h"
#include "kg/nlp/tagger_trainer.h"
#include "lemmatizer_model.h"
#include "word_features.h"

namespace kg::nlp {

using namespace lemma_detail;

namespace {

// The shortest edit turning form into lemma, lowercasing first when that
// shares a longer prefix with the lemma ("The" -> "the", "Americans" -> "American").
Rule derive_rule(std::string_view form, std::string_view lemma) {
  auto common = [&](std::string_view a) {
    std::size_t n = 0;
    while (n < a.size() && n < lemma.size() && a[n] == lemma[n]) ++n;
    return n;
  };
  std::string lower, title, no_commas;
  lowercase_into(form, lower);
  title = lower;
  if (!title.empty() && form[0] >= 'A' && form[0] <= 'Z') title[0] = form[0];
  for (char c : form)
    if (c != ',') no_commas += c;
  Rule r;
  if (no_commas != form && no_commas == lemma) {
    r.lower = kDropCommas;
    return r;
  }
  std::size_t keep = common(form), low = common(lower), tit = common(title);
  std::size_t prefix = keep;
  r.lower = kKeepCase;
  if (low >= prefix) r.lower = kLowercase, prefix = low;  // prefer lowercasing on ties
  if (tit > prefix && title != lower) r.lower = kTitlecase, prefix = tit;
  std::size_t strip = form.size() - prefix;
  if (strip > 255 || form.size() != lower.size()) strip = form.size(), prefix = 0;
  r.strip = static_cast<std::uint8_t>(strip);
  r.append = std::string(lemma.substr(prefix));
  return r;
}

struct Types {
  // (form, xpos) -> lemma -> count
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> counts;
  std::string majority(const std::map<std::string, int>& lemmas) const {
    const std::string* best = nullptr;
    int n = -1;
    for (const auto& [l, c] : lemmas)
      if (c > n) best = &l, n = c;
    return *best;
  }
};

std::string percent(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

}  // namespace

void train_lemmatizer(const LemmatizerTrainOptions& opt, std::ostream& log) {
  if (opt.train.empty()) throw Error("train lemmatizer: no training data (--train)");
  std::vector<Sentence> dev = read_treebanks(opt.dev);
  // The first treebank's conventions win where treebanks disagree (EWT
  // "people" vs GUM "person"): its counts weigh more than any other's.
  Types types;
  for (std::size_t f = 0; f < opt.train.size(); ++f) {
    const int weight = f == 0 ? 1000 : 1;
    for (const auto& s : read_conllu(opt.train[f]))
      for (const auto& w : s.words)
        if (!w.lemma.empty()) types.counts[{w.form, w.xpos}][w.lemma] += weight;
  }
  if (types.counts.empty())
    throw Error("train lemmatizer: the training data has no lemmas (" + opt.train.front().string() + ")");

  // Rule counts per (xpos, lowercase suffix), each distinct word counted once.
  // Key: (xpos, case code, suffix).
  using SuffixKey = std::tuple<std::string, std::uint64_t, std::string>;
  std::map<SuffixKey, std::map<Rule, int>> by_suffix;
  std::map<std::pair<std::string, std::string>, std::string> lemma_of;
  std::string lower;
  for (const auto& [key, lemmas] : types.counts) {
    const auto& [form, xpos] = key;
    std::string lemma = types.majority(lemmas);
    Rule r = derive_rule(form, lemma);
    lowercase_into(form, lower);
    std::string_view low = lower;
    for (int n = 0; n <= kMaxSuffixChars; ++n) {
      std::size_t start = utf8_suffix_start(low, n);
      if (n > 0 && start == 0 && utf8_suffix_start(low, n - 1) == 0) break;
      ++by_suffix[{xpos, case_code(form, xpos), std::string(low.substr(start))}][r];
    }
    lemma_of[key] = std::move(lemma);
  }

  // Keep a suffix's best rule only when it has support and differs from the
  // rule its one-character-shorter suffix yields: lookups take the longest
  // stored suffix, so the pruned entries change nothing.
  std::map<SuffixKey, Rule> effective;
  std::map<Rule, std::uint32_t> rule_ids;
  std::vector<std::pair<std::uint64_t, Rule>> stored;
  for (int n = 0; n <= kMaxSuffixChars; ++n) {
    for (const auto& [key, rules] : by_suffix) {
      const auto& [xpos, cc, suffix] = key;
      std::string_view sv = suffix;
      std::size_t chars_start = utf8_suffix_start(sv, n);
      if (chars_start != 0 || (n > 0 && utf8_suffix_start(sv, n - 1) == 0)) continue;  // not exactly n chars
      const Rule* best = nullptr;
      int count = 0;
      for (const auto& [r, c] : rules)
        if (c > count) best = &r, count = c;
      if (n == 0) {
        effective[key] = *best;
        stored.emplace_back(rule_key(xpos, cc, suffix), *best);
        continue;
      }
      std::string parent(sv.substr(utf8_prefix_len(sv, 1)));
      const Rule& inherited = effective.at({xpos, cc, parent});
      if (count >= opt.min_rule_support && !(*best == inherited)) {
        effective[key] = *best;
        stored.emplace_back(rule_key(xpos, cc, suffix), *best);
      } else {
        effective[key] = inherited;
      }
    }
  }
  for (const auto& [k, r] : stored) rule_ids.emplace(r, 0);
  std::vector<Rule> rules;
  for (auto& [r, id] : rule_ids) {
    id = static_cast<std::uint32_t>(rules.size());
    rules.push_back(r);
  }
  std::sort(stored.begin(), stored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

  auto write = [&](ModelWriter& w, const std::vector<std::pair<std::uint64_t, std::string>>& exceptions) {
    w.u32(static_cast<std::uint32_t>(rules.size()));
    for (const Rule& r : rules) {
      w.u8(r.lower);
      w.u8(r.strip);
      w.str(r.append);
    }
    w.u64(stored.size());
    for (const auto& [k, r] : stored) {
      w.u64(k);
      w.u32(rule_ids.at(r));
    }
    w.u64(exceptions.size());
    for (const auto& [k, l] : exceptions) {
      w.u64(k);
      w.str(l);
    }
  };

  // Exceptions: training words the rules alone get wrong.
  ModelWriter rules_only("lemmatizer", {});
  write(rules_only, {});
  Lemmatizer by_rules = Lemmatizer::load_bytes(rules_only.data(), "(rules)");
  std::vector<std::pair<std::uint64_t, std::string>> exceptions;
  std::string predicted;
  for (const auto& [key, lemma] : lemma_of) {
    by_rules.lemma(key.first, key.second, predicted);
    if (predicted != lemma) exceptions.emplace_back(exception_key(key.first, key.second), lemma);
  }
  std::sort(exceptions.begin(), exceptions.end());

  ModelWriter probe("lemmatizer", {});
  write(probe, exceptions);
  Lemmatizer model = Lemmatizer::load_bytes(probe.data(), "(lemmatizer)");
  std::size_t words = 0, right = 0;
  for (const auto& s : dev)
    for (const auto& w : s.words) {
      model.lemma(w.form, w.xpos, predicted);
      ++words;
      right += predicted == w.lemma;
    }
  const double dev_acc = words ? 100.0 * static_cast<double>(right) / static_cast<double>(words) : 0.0;
  log << "train lemmatizer: " << lemma_of.size() << " word types, " << rules.size() << " rules on " << stored.size()
      << " suffixes, " << exceptions.size() << " exceptions; dev lemma (gold xpos) " << percent(dev_acc) << "\n";

  std::map<std::string, std::string> header{
      {"command", opt.command},
      {"train", describe_treebanks(opt.train)},
      {"dev", describe_treebanks(opt.dev)},
      {"dev_lemma_gold_xpos", percent(dev_acc)},
      {"min_rule_support", std::to_string(opt.min_rule_support)},
      {"seed", "none (training is not randomised)"},
  };
  ModelWriter out("lemmatizer", header);
  write(out, exceptions);
  out.save(opt.output);
  log << "wrote " << opt.output.string() << " (" << out.data().size() << " bytes)\n";
}

}  // namespace kg::nlp
