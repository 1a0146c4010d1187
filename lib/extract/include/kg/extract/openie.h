// Open IE tuples in CaRB's tab format: every clause of a sentence, n-ary,
// for comparison with other Open IE systems (`kg openie`).
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "kg/extract/clauses.h"

namespace kg::extract {

struct OpenIeTuple {
  double confidence = 0.0;
  std::string relation;
  std::vector<std::string> args;  // arg1 (subject), arg2, ...
};

// The tuples of one sentence's clauses; conjoined arguments are distributed
// (one tuple per combination, at most `max_combinations` per clause).
std::vector<OpenIeTuple> openie_tuples(const nlp::Sentence& sentence, const std::vector<Clause>& clauses,
                                       std::size_t max_combinations = 8);

// "sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2..." (tabs and
// newlines inside fields become spaces).
void write_carb_line(std::ostream& out, const std::string& sentence, const OpenIeTuple& t);

}  // namespace kg::extract
