// The names of one document: the recogniser's entity spans cleaned up
// (function words and punctuation trimmed, "US-North Korea" split, "Washington
// Post" completed, titles told apart from the name), proper-noun runs it
// missed, and one type per name across the document: a name the text uses for
// a person elsewhere ("Moon", "Victor Cha") is a person wherever it stands,
// whatever the recogniser said in one sentence.
#pragma once
#include <string>
#include <vector>

#include "kg/nlp/conllu.h"

namespace kg::extract {
class Canonicalizer;
}

namespace kg::extract::coref {

struct NameSpan {
  int first = 0, last = 0;  // the span as found, title words included ("President Moon Jae-in")
  int name_first = 0;       // the first word of the name proper ("Moon")
  std::string type;         // PERSON, ORG, GPE, LOC, NORP, or empty (unknown: no entity tags)
};

// Per sentence, the name spans in word order. Sentences without entity tags
// (no Word::ner at all) get their proper-noun runs, untyped, as before the
// recogniser existed; typing them is left to the caller.
std::vector<std::vector<NameSpan>> document_name_spans(const std::vector<nlp::Sentence>& sentences,
                                                       const Canonicalizer* canon);

// Title and role words right before a name, inside the same noun phrase:
// "U.S. Vice President [Mike Pence]", "North Korean leader [Kim Jong Un]".
// Returns the first of them (= first when there are none).
int title_start(const nlp::Sentence& s, int first, int last);

}  // namespace kg::extract::coref
