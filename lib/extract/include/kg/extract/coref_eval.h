// Pronoun accuracy on GUM's coreference annotation: for every third-person
// pronoun whose gold entity was mentioned before, does the resolver link it to
// a mention of that entity?
#pragma once
#include <cstddef>
#include <iosfwd>
#include <vector>

#include "kg/extract/coref.h"
#include "kg/nlp/conllu.h"

namespace kg::extract {

struct CorefEvalResult {
  std::size_t documents = 0;
  std::size_t pronouns = 0;  // third-person pronouns with a gold antecedent
  std::size_t linked = 0;    // of those, linked by the system to some antecedent
  std::size_t correct = 0;   // linked to a mention of the right entity
  double accuracy() const { return pronouns ? static_cast<double>(correct) / static_cast<double>(pronouns) : 0.0; }
};

// Splits `sentences` into documents at "# newdoc" comments. Gold mentions come
// from MISC "Entity="; the system sees them (without coreference ids) only with
// MentionSource::GumMisc, otherwise it finds its own mentions on the trees given.
// An antecedent counts as right when its head word heads a gold mention of the
// pronoun's entity (or lies inside one, for spans that differ).
// When `misses` is given, every wrong or missing link is described there.
CorefEvalResult evaluate_pronouns(const std::vector<nlp::Sentence>& sentences, const Canonicalizer* canon,
                                  const ResolveOptions& options, std::ostream* misses = nullptr);

// Splits sentences into documents at "# newdoc" comments.
std::vector<std::vector<nlp::Sentence>> split_documents(const std::vector<nlp::Sentence>& sentences);

}  // namespace kg::extract
