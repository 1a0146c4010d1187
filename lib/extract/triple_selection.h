// Which of a clause's binary triples a reader wants printed (private to the
// layer): circumstances only when the clause has no participant, and no thing
// that repeats an actor the same phrase already names.
#pragma once
#include <vector>

#include "kg/extract/clauses.h"
#include "kg/extract/relation.h"
#include "kg/extract/triple.h"

namespace kg::extract {

// `objects[k]` is what the object of `triples[k]` names (an actor or a thing;
// empty when the triple has no object). Returns one flag per triple: print it or not.
std::vector<bool> select_triples(const nlp::Sentence& s, const Clause& c, const std::vector<ClauseTriple>& triples,
                                 const std::vector<Argument>& objects);

// "each other", "one another".
bool is_reciprocal_phrase(std::string_view text);

}  // namespace kg::extract
