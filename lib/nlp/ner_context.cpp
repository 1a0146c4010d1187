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

// The two most frequent words of v with a positive count (ties: smaller hash), minus own.
void top_two(const std::vector<std::pair<std::uint64_t, int>>& v, std::uint64_t own, std::uint64_t* out) {
  out[0] = out[1] = 0;
  int c0 = 0, c1 = 0;
  for (const auto& [h, c0raw] : v) {
    const int c = c0raw - (h == own ? 1 : 0);
    if (c <= 0) continue;
    if (c > c0 || (c == c0 && h < out[0])) {
      out[1] = out[0], c1 = c0;
      out[0] = h, c0 = c;
    } else if (c > c1 || (c == c1 && h < out[1])) {
      out[1] = h, c1 = c;
    }
  }
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
      top_two(c.before, b, &out[k][i][0]);
      top_two(c.after, a, &out[k][i][2]);
    }
  }
}

}  // namespace kg::nlp::ner_detail
