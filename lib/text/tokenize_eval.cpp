#include "kg/text/tokenize_eval.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

#include "kg/text/normalize.h"
#include "kg/text/ud_gold.h"

namespace kg::text {
namespace {

struct Surface {
  std::uint32_t start, end;
  std::vector<std::string> words;  // normalised, lower-cased forms
};

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Longest common subsequence of two word lists: how many words of a
// multiword token agree (the shared task aligns such words the same way).
std::size_t lcs(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string context(std::string_view text, std::uint32_t start, std::uint32_t end) {
  const std::uint32_t from = start > 30 ? start - 30 : 0;
  const std::uint32_t to = std::min<std::uint32_t>(static_cast<std::uint32_t>(text.size()), end + 30);
  std::string s = std::string(text.substr(from, start - from)) + "[[" + std::string(text.substr(start, end - start)) +
                  "]]" + std::string(text.substr(end, to - end));
  for (char& c : s)
    if (c == '\n') c = '|';
  return s;
}

void score_document(const GoldDocument& g, const TokenizedDocument& sys, TokenizeScores& s, std::ostream* errors) {
  std::vector<Surface> gold, ours;
  for (const GoldToken& t : g.tokens) {
    Surface x{t.start, t.end, {}};
    for (const std::string& w : t.words) x.words.push_back(lower(normalize_form(w)));
    gold.push_back(std::move(x));
  }
  for (const Token& t : sys.tokens) {
    if (t.joined && !ours.empty()) {
      ours.back().end = t.end;
      ours.back().words.push_back(lower(t.form));
    } else {
      ours.push_back({t.start, t.end, {lower(t.form)}});
    }
  }
  s.tokens.gold += gold.size();
  s.tokens.system += ours.size();
  for (const Surface& x : gold) s.words.gold += x.words.size();
  for (const Surface& x : ours) s.words.system += x.words.size();
  std::size_t i = 0, j = 0;
  while (i < gold.size() && j < ours.size()) {
    if (gold[i].start == ours[j].start && gold[i].end == ours[j].end) {
      ++s.tokens.correct;
      const std::size_t agree =
          gold[i].words.size() == 1 && ours[j].words.size() == 1 ? 1 : lcs(gold[i].words, ours[j].words);
      s.words.correct += agree;
      if (errors && (agree != gold[i].words.size() || agree != ours[j].words.size())) {
        *errors << "words " << context(g.text, gold[i].start, gold[i].end) << "  gold:";
        for (const auto& w : gold[i].words) *errors << ' ' << w;
        *errors << "  ours:";
        for (const auto& w : ours[j].words) *errors << ' ' << w;
        *errors << '\n';
      }
      ++i;
      ++j;
    } else if (gold[i].start < ours[j].start || (gold[i].start == ours[j].start && gold[i].end < ours[j].end)) {
      if (errors) *errors << "token gold   " << context(g.text, gold[i].start, gold[i].end) << '\n';
      ++i;
    } else {
      if (errors) *errors << "token ours   " << context(g.text, ours[j].start, ours[j].end) << '\n';
      ++j;
    }
  }
  s.sentences.gold += g.sentences.size();
  s.sentences.system += sys.sentences.size();
  std::size_t a = 0, b = 0;
  while (a < g.sentences.size() && b < sys.sentences.size()) {
    const auto gs = g.sentences[a];
    const auto ss = std::make_pair(sys.sentences[b].start, sys.sentences[b].end);
    if (gs == ss) {
      ++s.sentences.correct;
      ++a;
      ++b;
    } else if (gs < ss) {
      if (errors) *errors << "sentence gold " << context(g.text, gs.second, gs.second) << '\n';
      ++a;
    } else {
      if (errors) *errors << "sentence ours " << context(g.text, ss.second, ss.second) << '\n';
      ++b;
    }
  }
}

}  // namespace

TokenizeScores evaluate_tokenizer(const std::filesystem::path& gold_conllu, const TokenizeOptions& options,
                                  std::ostream* errors) {
  TokenizeScores s;
  TokenizeOptions opts = options;
  opts.keep_boilerplate = true;
  for (const GoldDocument& g : read_ud_gold(gold_conllu)) {
    Document d;
    d.id = g.id;
    d.text = g.text;
    score_document(g, tokenize(d, opts), s, errors);
    ++s.documents;
  }
  return s;
}

std::string format_scores(const TokenizeScores& s) {
  std::string out;
  char buf[256];
  auto line = [&](const char* name, const Score& x) {
    std::snprintf(buf, sizeof buf, "%-10s gold=%zu system=%zu correct=%zu P=%.2f R=%.2f F1=%.2f\n", name, x.gold,
                  x.system, x.correct, x.precision(), x.recall(), x.f1());
    out += buf;
  };
  std::snprintf(buf, sizeof buf, "documents  %zu\n", s.documents);
  out += buf;
  line("tokens", s.tokens);
  line("words", s.words);
  line("sentences", s.sentences);
  std::snprintf(buf, sizeof buf, "tokenize: tokens_f1=%.2f words_f1=%.2f sentences_f1=%.2f\n", s.tokens.f1(),
                s.words.f1(), s.sentences.f1());
  out += buf;
  return out;
}

}  // namespace kg::text
