// Relation normalisation: a clause cut into subject–relation–object triples,
// each relation given as surface text ("avoided shaking hands with") and as a
// normalised lemma phrase ("avoid shake hand with"): verbs and nouns
// lemmatised, auxiliaries and negators dropped, particles and prepositions kept.
#pragma once
#include <string>
#include <vector>

#include "kg/extract/clauses.h"
#include "kg/nlp/conllu.h"

namespace kg::extract {

struct ClauseTriple {
  ClauseArg subject;
  ClauseArg object;                 // head -1: the clause has no object ("Kim smiled")
  std::vector<int> relation_words;  // sentence words of the relation, sorted
  std::string text;                 // surface relation
  std::string lemma;                // normalised relation
  bool negated = false;
  double confidence = 0.0;
};

// One triple per argument of the clause (temporal obliques and the agent of
// a passive excepted), the passive turned active when the agent is given;
// a clause without arguments gives one triple without object.
std::vector<ClauseTriple> binarize(const nlp::Sentence& sentence, const Clause& clause);

// Lower-cased lemma of a word (its form when the lemma is missing).
std::string word_lemma(const nlp::Word& w);

}  // namespace kg::extract
