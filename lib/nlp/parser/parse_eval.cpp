#include "kg/nlp/parse_eval.h"

#include <cstdio>
#include <map>
#include <utility>

namespace kg::nlp {
namespace {

std::string_view universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Characters (code points), not bytes: the pipeline's forms are normalised
// ("’" becomes "'"), which keeps the character count but not the byte count.
std::size_t nonspace_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += is_space(c) || (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? 0 : 1;
  return n;
}

// Per word of a whole corpus: its span in the stream of non-space characters,
// and its global index of the head (-1 for the root).
struct Flat {
  std::vector<std::pair<std::size_t, std::size_t>> span;
  std::vector<long> head;
  std::vector<const Word*> word;
};

Flat flatten(const std::vector<Sentence>& corpus) {
  Flat f;
  std::size_t pos = 0;
  for (const Sentence& s : corpus) {
    const long base = static_cast<long>(f.word.size());
    std::size_t mwt = 0;
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const int id = static_cast<int>(i) + 1;
      while (mwt < s.mwts.size() && s.mwts[mwt].last < id) ++mwt;
      if (mwt < s.mwts.size() && s.mwts[mwt].first == id) {
        const MultiwordToken& t = s.mwts[mwt];
        // Words of a multiword token get their own spans when they spell the
        // token, otherwise all share the token's span.
        std::string joined;
        for (int k = t.first; k <= t.last && k <= static_cast<int>(s.words.size()); ++k)
          joined += s.words[static_cast<std::size_t>(k - 1)].form;
        const std::size_t len = nonspace_length(t.form);
        const bool spells = joined == t.form;
        for (int k = t.first; k <= t.last && k <= static_cast<int>(s.words.size()); ++k) {
          const Word& w = s.words[static_cast<std::size_t>(k - 1)];
          std::size_t wl = nonspace_length(w.form);
          f.span.emplace_back(pos, spells ? pos + wl : pos + len);
          if (spells) pos += wl;
          f.word.push_back(&w);
          f.head.push_back(w.head > 0 ? base + w.head - 1 : -1);
        }
        if (!spells) pos += len;
        i = static_cast<std::size_t>(std::min<int>(t.last, static_cast<int>(s.words.size()))) - 1;
        continue;
      }
      const Word& w = s.words[i];
      std::size_t wl = nonspace_length(w.form);
      f.span.emplace_back(pos, pos + wl);
      pos += wl;
      f.word.push_back(&w);
      f.head.push_back(w.head > 0 ? base + w.head - 1 : -1);
    }
  }
  return f;
}

std::string pct(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

double ParseScores::f1(std::uint64_t correct) const {
  if (gold + predicted == 0) return 0;
  return 200.0 * static_cast<double>(correct) / static_cast<double>(gold + predicted);
}

std::string ParseScores::summary() const {
  return "upos=" + pct(f1(upos)) + " xpos=" + pct(f1(xpos)) + " lemma=" + pct(f1(lemma)) + " uas=" + pct(f1(uas)) +
         " las=" + pct(f1(las));
}

void score_same_words(const Sentence& gold, const Sentence& pred, ParseScores& sc) {
  const std::size_t n = std::min(gold.words.size(), pred.words.size());
  sc.gold += gold.words.size();
  sc.predicted += pred.words.size();
  sc.aligned += n;
  for (std::size_t i = 0; i < n; ++i) {
    const Word& g = gold.words[i];
    const Word& p = pred.words[i];
    sc.upos += g.upos == p.upos;
    sc.xpos += g.xpos == p.xpos;
    sc.lemma += g.lemma == p.lemma;
    if (g.head == p.head) {
      ++sc.uas;
      sc.las += universal(g.deprel) == universal(p.deprel);
      sc.las_full += g.deprel == p.deprel;
    }
  }
}

ParseScores score_aligned(const std::vector<Sentence>& gold, const std::vector<Sentence>& pred) {
  Flat g = flatten(gold), p = flatten(pred);
  ParseScores sc;
  sc.gold = g.word.size();
  sc.predicted = p.word.size();
  // Words match when their spans are identical; spans are sorted on both sides.
  std::vector<long> p_to_g(p.word.size(), -2);
  std::size_t i = 0, j = 0;
  while (i < g.word.size() && j < p.word.size()) {
    if (g.span[i] == p.span[j]) {
      p_to_g[j] = static_cast<long>(i);
      ++i, ++j;
    } else if (g.span[i] < p.span[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  for (std::size_t k = 0; k < p.word.size(); ++k) {
    if (p_to_g[k] < 0) continue;
    auto gi = static_cast<std::size_t>(p_to_g[k]);
    const Word& gw = *g.word[gi];
    const Word& pw = *p.word[k];
    ++sc.aligned;
    sc.upos += gw.upos == pw.upos;
    sc.xpos += gw.xpos == pw.xpos;
    sc.lemma += gw.lemma == pw.lemma;
    long ph = p.head[k];
    long mapped = ph < 0 ? -1 : p_to_g[static_cast<std::size_t>(ph)];
    bool head_ok = ph < 0 ? g.head[gi] < 0 : (mapped >= 0 && mapped == g.head[gi]);
    if (head_ok) {
      ++sc.uas;
      sc.las += universal(gw.deprel) == universal(pw.deprel);
      sc.las_full += gw.deprel == pw.deprel;
    }
  }
  return sc;
}

}  // namespace kg::nlp
