// Which of a clause's binary triples a reader wants printed (private to the
// layer): circumstances only when the clause has no participant, and no thing
// that repeats an actor the same phrase already names.
#pragma once
#include <functional>
#include <vector>

#include "kg/extract/clauses.h"
#include "kg/extract/relation.h"
#include "kg/extract/triple.h"

namespace kg::extract {

// `resolve` names the actor (or thing) an argument of the clause stands for.
// Returns one flag per triple of `triples`: print it or not.
std::vector<bool> select_triples(const nlp::Sentence& s, const Clause& c, const std::vector<ClauseTriple>& triples,
                                 const std::function<Argument(const ClauseArg&)>& resolve);

// "each other", "one another".
bool is_reciprocal_phrase(std::string_view text);

}  // namespace kg::extract
