#include "ner_titles.h"

#include <string>

#include "kg/nlp/ner.h"

namespace kg::nlp::ner_detail {
namespace {

void set_span(Sentence& s, int first, int last, const std::string& type) {
  for (int k = first; k <= last; ++k) {
    std::string& tag = s.words[static_cast<std::size_t>(k)].ner;
    tag = first == last ? "U-" : k == first ? "B-" : k == last ? "L-" : "I-";
    tag += type;
  }
}

// The last word of the gazetteer phrase starting at i (i itself if none starts there).
int phrase_end(const std::vector<GazetteerMatch>& gaz, int i, int n) {
  if (gaz[static_cast<std::size_t>(i)].position != 1) return i;
  int e = i + 1;
  while (e < n && gaz[static_cast<std::size_t>(e)].position == 2) ++e;
  return e < n && gaz[static_cast<std::size_t>(e)].position == 3 ? e : i;
}

}  // namespace

void cut_titles(Sentence& s, const std::vector<GazetteerMatch>& gaz) {
  const int n = static_cast<int>(s.words.size());
  for (const Mention& m : mentions_from_bilou(s)) {
    if (m.first == m.last || m.type == "NORP") continue;
    struct Piece {
      int first, last;
      std::uint8_t types;
    };
    std::vector<Piece> prefix;
    bool title = false;
    for (int j = m.first; j < m.last;) {
      const GazetteerMatch& g = gaz[static_cast<std::size_t>(j)];
      if (g.position != 1 && g.position != 4) break;
      const int e = phrase_end(gaz, j, n);
      if (e >= m.last || !(g.types & (kGazTitle | kGazNorp | kGazGpe))) break;
      // Only a title ends the prefix: "South Korea" alone before a name may be part of it.
      prefix.push_back({j, e, g.types});
      title = title || (g.types & kGazTitle);
      j = e + 1;
    }
    // Drop trailing demonym/country pieces after the last title ("President
    // of France"-style tails are not prefixes): the prefix ends at a title.
    while (!prefix.empty() && !(prefix.back().types & kGazTitle)) prefix.pop_back();
    if (!title || prefix.empty()) continue;
    // The rest must start like a name: "Secretary of Defense" is an office.
    const std::string& next = s.words[static_cast<std::size_t>(prefix.back().last + 1)].form;
    if (next.empty() || !(next[0] >= 'A' && next[0] <= 'Z')) continue;
    if (m.type != "PERSON" && (prefix.front().types & kGazTitle)) continue;  // "General Motors"
    for (const Piece& p : prefix) {
      if (p.types & kGazTitle) {
        for (int k = p.first; k <= p.last; ++k) s.words[static_cast<std::size_t>(k)].ner = "O";
      } else {
        set_span(s, p.first, p.last, (p.types & kGazNorp) ? "NORP" : "GPE");
      }
    }
    set_span(s, prefix.back().last + 1, m.last, "PERSON");
  }
}

}  // namespace kg::nlp::ner_detail
