#include "ner_context.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "kg/nlp/perceptron.h"
#include "word_features.h"

namespace kg::nlp::ner_detail {
namespace {

bool capitalised(const std::string& form) { return !form.empty() && form[0] >= 'A' && form[0] <= 'Z'; }

struct Counts {
  std::vector<std::pair<std::uint64_t, int>> before, after;
};

void bump(std::vector<std::pair<std::uint64_t, int>>& v, std::uint64_t h, int by) {
  for (auto& [k, c] : v)
    if (k == h) {
      c += by;
      return;
    }
  v.emplace_back(h, by);
}

// The kContextWords most frequent words of v with a positive count once own
// (this occurrence's neighbour) is taken out; ties: the smaller hash first.
void top_words(const std::vector<std::pair<std::uint64_t, int>>& v, std::uint64_t own, std::uint64_t* out) {
  std::vector<std::pair<int, std::uint64_t>> ranked;  // (-count, hash)
  for (const auto& [h, raw] : v) {
    const int c = raw - (h == own ? 1 : 0);
    if (c > 0) ranked.emplace_back(-c, h);
  }
  const std::size_t keep = std::min<std::size_t>(ranked.size(), kContextWords);
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
  for (std::size_t j = 0; j < kContextWords; ++j) out[j] = j < keep ? ranked[j].second : 0;
}

}  // namespace

void context_atoms(std::span<const Sentence> doc, ContextAtoms& out) {
  std::unordered_map<std::uint64_t, Counts> counts;  // form -> neighbour counts
  static const std::uint64_t kStart = hash_text("<s>"), kEnd = hash_text("</s>");
  std::string low;
  auto neighbours = [&](const Sentence& s, std::size_t i) {
    std::uint64_t b = kStart, a = kEnd;
    if (i > 0) {
      lowercase_into(s.words[i - 1].form, low);
      b = hash_text(low);
    }
    if (i + 1 < s.words.size()) {
      lowercase_into(s.words[i + 1].form, low);
      a = hash_text(low);
    }
    return std::pair{b, a};
  };
  for (const Sentence& s : doc)
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      if (!capitalised(s.words[i].form)) continue;
      auto [b, a] = neighbours(s, i);
      Counts& c = counts[hash_text(s.words[i].form)];
      bump(c.before, b, 1);
      bump(c.after, a, 1);
    }
  out.resize(doc.size());
  for (std::size_t k = 0; k < doc.size(); ++k) {
    const Sentence& s = doc[k];
    out[k].assign(s.words.size(), ContextRow{});
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      if (!capitalised(s.words[i].form)) continue;
      auto [b, a] = neighbours(s, i);
      const Counts& c = counts[hash_text(s.words[i].form)];
      top_words(c.before, b, &out[k][i][0]);
      top_words(c.after, a, &out[k][i][kContextWords]);
    }
  }
}

}  // namespace kg::nlp::ner_detail
