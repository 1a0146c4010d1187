#include "triple_selection.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "word_classes.h"

namespace kg::extract {
namespace {

bool in(std::string_view x, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), x) != set.end();
}

// When and where something happened: circumstances of the clause, not
// participants ("cancelled the meeting after the press conference", "sat
// away from Kim at the Olympics").
bool temporal_preposition(std::string_view p) {
  return in(p, {"during", "since", "after", "before", "amid", "amidst", "until", "till", "throughout", "following",
                "despite", "regardless of", "ahead of", "prior to"});
}
bool locative_preposition(std::string_view p) { return in(p, {"at", "in", "on", "inside", "within"}); }

}  // namespace

bool is_reciprocal_phrase(std::string_view text) { return text == "each other" || text == "one another"; }

std::vector<bool> select_triples(const nlp::Sentence& s, const Clause& c, const std::vector<ClauseTriple>& cts,
                                 const std::function<Argument(const ClauseArg&)>& resolve) {
  // "avoided shaking hands with Kim", "is the sister of Kim": when the
  // phrase's own prepositional part names the actor it is about, that
  // triple says it all; the one with the whole phrase as a thing repeats it.
  bool actor_in_object = false, actor_in_attribute = false;
  for (const ClauseTriple& ct : cts) {
    // Only the partner of "with" (shook hands with, relations with) makes
    // the phrase light; "sanctions against X", "tensions between X and
    // Y" are things in their own right.
    if (ct.object.head < 0 || !(ct.object.in_attribute || (ct.object.in_object && ct.object.prep == "with") ||
                                (ct.object.in_object && is_reciprocal_phrase(words_text(s, ct.object.words)))))
      continue;
    const Argument o = resolve(ct.object);
    if (o.kind != "actor" && !is_reciprocal_phrase(o.text)) continue;
    actor_in_object = actor_in_object || ct.object.in_object;
    actor_in_attribute = actor_in_attribute || ct.object.in_attribute;
  }
  // A circumstance is a triple of its own only when the clause has no
  // participant to report: "sat away from Kim at the Olympics" gives
  // "sit away from Kim", not also "sit at the Olympics".
  auto circumstance = [&](const ClauseTriple& ct) {
    if (ct.object.head < 0 || ct.object.role != ClauseArg::Role::Oblique || ct.object.in_attribute) return false;
    if (temporal_preposition(ct.object.prep)) return true;
    if (!locative_preposition(ct.object.prep)) return false;
    // "made an appearance at the reception": where the event noun happened is the news.
    if (is_light_verb(word_lemma(s.words[static_cast<std::size_t>(c.predicate)]))) return false;
    const Argument o = resolve(ct.object);
    return !(o.kind == "actor" && (o.type == "PERSON" || o.type == "GROUP"));
  };
  bool has_participant = false;
  for (const ClauseTriple& ct : cts)
    if (ct.object.head >= 0 && !circumstance(ct)) has_participant = true;
  std::vector<bool> keep(cts.size(), true);
  for (std::size_t k = 0; k < cts.size(); ++k) {
    const ClauseTriple& ct = cts[k];
    if (has_participant && circumstance(ct)) keep[k] = false;
    if (((actor_in_object && ct.object.role == ClauseArg::Role::Object) ||
         (actor_in_attribute && ct.object.role == ClauseArg::Role::Attribute)) &&
        resolve(ct.object).kind != "actor")
      keep[k] = false;
  }
  return keep;
}

}  // namespace kg::extract
