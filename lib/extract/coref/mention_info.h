// What the resolver knows about each mention: the public EntityMention plus
// agreement features, its syntactic role and the words that name it.
#pragma once
#include <string>
#include <vector>

#include "coref/lexicon.h"
#include "kg/extract/coref.h"
#include "kg/nlp/conllu.h"

namespace kg::extract {
class Canonicalizer;
}

namespace kg::extract::coref {

struct MentionInfo {
  EntityMention m;
  Gender gender = Gender::Unknown;
  Number number = Number::Unknown;
  bool person = false;      // denotes a person (or people)
  bool maybe_person = false;  // a name of unknown type
  bool definite = false;    // "the ..."
  bool coordinated = false; // "X and Y" as one mention
  PronounInfo pronoun;      // when m.kind == Pronoun
  std::string lemma;        // lower-cased head lemma
  std::string text;         // all words of the span
  std::string name;         // names: the span without titles/possessives ("Mike Pence")
  std::vector<std::string> name_words;  // Canonicalizer::name_words(name)
  std::string role;         // lower-cased title or role words before a name ("vice president")
  std::string deprel;       // universal part of the head's relation ("nsubj", "obj", ...)
  int governor = -1;        // head of the mention's head word, -1 = root
  int clause = -1;          // the predicate whose clause holds the mention
  std::string preposition;  // lower-cased case marker of the head ("in", "against"), if any
  std::string affiliation;  // names: the state written before it ("South Korea's [Moon]")
  std::string state;        // a capital, demonym or short form: the state it may stand for
  std::string state_type;
  bool state_is_capital = false;
  bool state_is_seat = false;  // "the White House": the government more than the state
};

// Mentions of one document in document order (sentence, first word, longest first).
std::vector<MentionInfo> detect_mentions(const std::vector<nlp::Sentence>& sentences, const Canonicalizer* canon,
                                         MentionSource source);

// GUM's MISC "Entity=" annotation of one document: every mention span with its
// entity id and class ("person", "place", ...), in order of opening.
struct GumMention {
  std::size_t sentence = 0;
  int first = 0, last = 0;
  std::string entity;  // the document-level coreference id
  std::string cls;     // GUM's entity class
};
std::vector<GumMention> gum_mentions(const std::vector<nlp::Sentence>& sentences);

// 0-based head of word i, -1 for the root or a missing head.
inline int head_of(const nlp::Sentence& s, int i) {
  const int h = s.words[static_cast<std::size_t>(i)].head;
  return h >= 1 && h <= static_cast<int>(s.words.size()) ? h - 1 : -1;
}
// The universal part of a relation: "nmod:poss" -> "nmod".
std::string base_deprel(const std::string& d);
// The word of first..last whose head lies outside the span (the first such word).
int span_head(const nlp::Sentence& s, int first, int last);

}  // namespace kg::extract::coref
