// Clause extraction over UD v2 dependency trees (English): every predicate of a
// parsed sentence becomes a Clause — who, what relation, with which arguments —
// in the spirit of ClausIE and Stanford Open IE. Conjunctions are distributed
// (one clause per conjoined subject), controlled verbs are folded into the
// relation ("avoided shaking hands with"), passives remember their agent,
// negation, modality and attribution become fields. Appositions, role nouns
// and possessive event nouns give clauses too (kind != Verbal).
//
// Word indexes are 0-based positions in nlp::Sentence::words.
#pragma once
#include <string>
#include <vector>

#include "kg/nlp/conllu.h"

namespace kg::extract {

class NominalLexicon;
class Canonicalizer;

// One argument: a noun phrase, a clause or an adjective, with the preposition
// that introduces it ("with", "according to"; empty for subjects and objects).
struct ClauseArg {
  int head = -1;
  std::vector<int> words;  // sorted; the phrase as it should be printed
  std::string prep;        // lower-cased, space separated
  enum class Role { Subject, Object, Oblique, Complement, Attribute } role = Role::Object;
  bool temporal = false;  // "on Saturday", "last year": not a participant
  int slot = -1;              // conjuncts of one phrase share a slot ("Kim and Moon")
  bool in_attribute = false;  // the "of X" inside an attribute: "be sister of X"
  bool in_object = false;     // "increased tensions with X": a "with X" inside the object
  bool distributed = false;   // one of "North and South Korea": its words are not one span of the sentence
  bool appositive = false;    // "spoke to the head of state, X": the name in apposition to the argument
  bool partner = false;       // "A and B met": the other subject, added as an argument
  int actor_head = -1;        // "thousands of [protesters]": the word that says who, when not the head
};

struct Clause {
  enum class Kind { Verbal, Copular, Apposition, RoleNoun, NominalEvent } kind = Kind::Verbal;
  int predicate = -1;           // head word of the predicate (verb, or nominal of a copula)
  ClauseArg subject;            // Role::Subject; for passives without agent: the patient
  std::vector<int> relation;    // relation words in sentence order (aux, neg, verbs, particles, "to")
  std::vector<int> lemma_words; // the subset that makes the normalised relation (no aux, no neg)
  std::string relation_prefix;  // words that are not in the sentence ("be", "hold summit")
  std::vector<ClauseArg> args;  // objects, obliques, complements in sentence order
  bool passive = false;         // subject is the patient
  int agent = -1;               // index into args of the "by" agent of a passive, -1 = none
  bool negated = false;
  std::string modality;         // modal or intention: "could", "plan", "want", ...
  std::vector<int> attribution; // words of who says so ("Reuters", "according to officials")
  bool reciprocal = false;      // "A and B plan to meet": each conjunct is the other's object
  double confidence = 0.0;      // in [0, 1]
};

struct ClauseOptions {
  int max_depth = 40;                       // recursion limit over the tree
  std::size_t max_conjunct_product = 16;    // cap on subject x object distributions
  const NominalLexicon* nominals = nullptr;  // event nouns ("summit" -> "hold summit"); none = skip
  // Country names and demonyms: which modifier of a title names whose title it
  // is ("Japanese Prime Minister" -> of Japanese). None = every proper modifier.
  const Canonicalizer* places = nullptr;
};

// All clauses of a sentence. The sentence must have heads (a parse); words
// with head -1 are treated as unattached. Never throws on odd trees: cycles
// and too-deep chains are cut by the depth limit.
std::vector<Clause> extract_clauses(const nlp::Sentence& sentence, const ClauseOptions& options = {});

// The words joined as written: a space between words unless the first has
// SpaceAfter=No or the byte offsets say they touch.
std::string words_text(const nlp::Sentence& sentence, const std::vector<int>& words);

}  // namespace kg::extract
