#include "kg/extract/actor_lookup.h"

#include "kg/extract/clauses.h"

namespace kg::extract {
namespace {

// Entity types that name actors; dates, money, works of art and the like do not.
bool actor_type(std::string_view t) {
  return t == "PERSON" || t == "PER" || t == "ORG" || t == "GPE" || t == "NORP" || t == "LOC" || t == "GROUP";
}

std::string_view ner_type(const nlp::Word& w) {
  std::string_view n = w.ner;
  if (n.size() < 3 || n[1] != '-') return {};
  return n.substr(2);
}

char ner_prefix(const nlp::Word& w) { return w.ner.size() >= 2 && w.ner[1] == '-' ? w.ner[0] : 'O'; }

}  // namespace

std::optional<ActorRef> MentionActorLookup::actor_at(std::size_t sentence, int first, int last, int head) const {
  if (sentence >= sentences_.size()) return std::nullopt;
  const nlp::Sentence& s = sentences_[sentence];
  const int n = static_cast<int>(s.words.size());
  if (head < 0 || head >= n) head = first;
  if (head < 0 || head >= n) return std::nullopt;
  auto word = [&](int i) -> const nlp::Word& { return s.words[static_cast<std::size_t>(i)]; };

  // The NER mention holding the head, else the largest one inside the span.
  auto mention_at = [&](int i) -> std::optional<std::pair<int, int>> {
    if (ner_type(word(i)).empty()) return std::nullopt;
    int a = i, b = i;
    while (a > 0 && (ner_prefix(word(a)) == 'I' || ner_prefix(word(a)) == 'L') &&
           ner_type(word(a - 1)) == ner_type(word(i)))
      --a;
    while (b + 1 < n && (ner_prefix(word(b)) == 'B' || ner_prefix(word(b)) == 'I') &&
           ner_type(word(b + 1)) == ner_type(word(i)))
      ++b;
    return std::make_pair(a, b);
  };
  std::optional<std::pair<int, int>> m = mention_at(head);
  if (!m) {
    for (int i = std::max(first, 0); i <= std::min(last, n - 1); ++i) {
      auto cand = mention_at(i);
      if (cand && (!m || cand->second - cand->first > m->second - m->first)) m = cand;
      if (cand) i = cand->second;
    }
  }
  if (m) {
    std::string type(ner_type(word(m->first)));
    if (!actor_type(type)) return std::nullopt;
    if (type == "PER") type = "PERSON";
    std::vector<int> w;
    for (int i = m->first; i <= m->second; ++i) w.push_back(i);
    std::string text = words_text(s, w);
    return ActorRef{text, type, text};
  }
  // No NER tags: a run of proper nouns around the head.
  if (word(head).upos != "PROPN") return std::nullopt;
  for (const nlp::Word& w : s.words)
    if (!w.ner.empty()) return std::nullopt;  // NER ran and said "not an entity"
  int a = head, b = head;
  while (a > 0 && word(a - 1).upos == "PROPN") --a;
  while (b + 1 < n && word(b + 1).upos == "PROPN") ++b;
  std::vector<int> w;
  for (int i = a; i <= b; ++i) w.push_back(i);
  std::string text = words_text(s, w);
  return ActorRef{text, "", text};
}

}  // namespace kg::extract
