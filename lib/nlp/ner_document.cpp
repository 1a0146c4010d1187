#include "ner_document.h"

#include <algorithm>
#include <map>
#include <string>

#include "kg/nlp/ner.h"

namespace kg::nlp::ner_detail {
namespace {

bool upper_start(const Word& w) { return !w.form.empty() && w.form[0] >= 'A' && w.form[0] <= 'Z'; }

std::string span_text(const Sentence& s, int first, int last) {
  std::string out;
  for (int k = first; k <= last; ++k) {
    if (k > first) out += ' ';
    out += s.words[static_cast<std::size_t>(k)].form;
  }
  return out;
}

}  // namespace

void repeat_names(std::span<Sentence> doc) {
  // Mention text -> type -> count, for multi-word names of the core types.
  std::map<std::string, std::map<std::string, int>> votes;
  int longest = 0;
  for (const Sentence& s : doc)
    for (const Mention& m : mentions_from_bilou(s)) {
      if (m.first == m.last || !(m.type == "PERSON" || m.type == "ORG" || m.type == "GPE" || m.type == "LOC")) continue;
      ++votes[span_text(s, m.first, m.last)][m.type];
      longest = std::max(longest, m.last - m.first + 1);
    }
  if (votes.empty()) return;
  std::map<std::string, std::string> type_of;
  for (const auto& [text, v] : votes)  // ties: the first type in alphabetical order
    type_of[text] = std::max_element(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second < b.second; })->first;
  for (Sentence& s : doc) {
    const int n = static_cast<int>(s.words.size());
    auto word = [&](int i) -> Word& { return s.words[static_cast<std::size_t>(i)]; };
    for (int i = 0; i < n; ++i) {
      if (word(i).ner != "O" || !upper_start(word(i))) continue;
      for (int len = std::min(longest, n - i); len >= 2; --len) {
        const int last = i + len - 1;
        bool free = true;
        for (int k = i + 1; k <= last && free; ++k) free = word(k).ner == "O";
        // "Kim Jong" must not become a mention inside an untagged "Kim Jong Un".
        if (!free || (last + 1 < n && upper_start(word(last + 1)))) continue;
        auto it = type_of.find(span_text(s, i, last));
        if (it == type_of.end()) continue;
        for (int k = i; k <= last; ++k)
          word(k).ner = (k == i ? "B-" : k == last ? "L-" : "I-") + it->second;
        i = last;
        break;
      }
    }
  }
}

}  // namespace kg::nlp::ner_detail
