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
                                 const std::vector<Argument>& objects) {
  // "avoided shaking hands with Kim", "is the sister of Kim": when the
  // phrase's own prepositional part names the actor it is about, that
  // triple says it all; the one with the whole phrase as a thing repeats it.
  bool actor_in_object = false, actor_in_attribute = false;
  for (std::size_t k = 0; k < cts.size(); ++k) {
    const ClauseTriple& ct = cts[k];
    const Argument& o = objects[k];
    // Only the partner of "with" (shook hands with, relations with) makes
    // the phrase light; "sanctions against X", "tensions between X and
    // Y" are things in their own right.
    if (ct.object.head < 0 || !(ct.object.in_attribute || (ct.object.in_object && ct.object.prep == "with") ||
                                (ct.object.in_object && is_reciprocal_phrase(o.text))))
      continue;
    if (o.kind != "actor" && !is_reciprocal_phrase(o.text)) continue;
    actor_in_object = actor_in_object || ct.object.in_object;
    actor_in_attribute = actor_in_attribute || ct.object.in_attribute;
  }
  // A circumstance is a triple of its own only when the clause has no
  // participant to report: "sat away from Kim at the Olympics" gives
  // "sit away from Kim", not also "sit at the Olympics".
  // "made an appearance at the reception": after a light verb, where the
  // event noun happened is the news.
  const bool light = is_light_verb(word_lemma(s.words[static_cast<std::size_t>(c.predicate)]));
  std::vector<bool> circumstance(cts.size(), false);
  bool has_participant = false;
  for (std::size_t k = 0; k < cts.size(); ++k) {
    const ClauseArg& a = cts[k].object;
    if (a.head < 0) continue;
    if (a.role == ClauseArg::Role::Oblique && !a.in_attribute) {
      const Argument& o = objects[k];
      circumstance[k] = temporal_preposition(a.prep) ||
                        (locative_preposition(a.prep) && !light &&
                         !(o.kind == "actor" && (o.type == "PERSON" || o.type == "GROUP")));
    }
    has_participant = has_participant || !circumstance[k];
  }
  std::vector<bool> keep(cts.size(), true);
  for (std::size_t k = 0; k < cts.size(); ++k) {
    const ClauseArg& a = cts[k].object;
    if (has_participant && circumstance[k]) keep[k] = false;
    if (((actor_in_object && a.role == ClauseArg::Role::Object) ||
         (actor_in_attribute && a.role == ClauseArg::Role::Attribute)) &&
        objects[k].kind != "actor")
      keep[k] = false;
  }
  return keep;
}

}  // namespace kg::extract
