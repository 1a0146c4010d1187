// Context aggregation over a document (Ratinov & Roth 2009): for every
// capitalised word, the words seen around the same form in the document's
// other sentences ("Coron" after "in" and before "Island" elsewhere), so one
// occurrence with a poor context borrows the evidence of the others.
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "kg/nlp/conllu.h"

namespace kg::nlp::ner_detail {

// Per word: hashed lowercase words seen before ([0, kContextWords)) and after
// ([kContextWords, 2 kContextWords)) the same form elsewhere in the document,
// most frequent first; 0 = none.
inline constexpr std::size_t kContextWords = 4;
using ContextRow = std::array<std::uint64_t, 2 * kContextWords>;
using ContextAtoms = std::vector<std::vector<ContextRow>>;  // per sentence, per word

void context_atoms(std::span<const Sentence> doc, ContextAtoms& out);

}  // namespace kg::nlp::ner_detail
