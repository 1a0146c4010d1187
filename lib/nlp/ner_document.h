// Label consistency across a document, after each sentence is tagged: a
// multi-word name the tagger found in one sentence is a mention wherever it
// recurs untagged ("North Korean leader Kim Jong-un" after "Kim Jong-un" was
// found elsewhere in the article).
#pragma once
#include <span>

#include "kg/nlp/conllu.h"

namespace kg::nlp::ner_detail {

// Words outside any mention that spell out a multi-word PERSON, ORG, GPE or
// LOC mention of the same document (the longest first, not followed by
// another capitalised word) become a mention of that name's most frequent type.
void repeat_names(std::span<Sentence> doc);

}  // namespace kg::nlp::ner_detail
