// Cutting titles off person mentions for downstream use. GUM's gold (and so
// the tagger) keeps a title inside the person's mention ("Vice President Mike
// Pence", "Afghan Ambassador Hamdullah Mohib"); a knowledge graph wants the
// name alone, with the demonym or country before the title as its own mention.
#pragma once
#include <vector>

#include "gazetteer.h"
#include "kg/nlp/conllu.h"

namespace kg::nlp::ner_detail {

// A PERSON mention loses the gazetteer titles, demonyms and country names it
// starts with (at least one word stays): "Vice President Mike Pence" ->
// "Mike Pence", "South Korean President Moon" -> NORP "South Korean" +
// PERSON "Moon". Another type's mention made of demonyms or countries, a
// title and more words is the same construction, so the rest is a PERSON
// ("South Korean President Moon Jae-in" tagged as one LOC). gaz: the
// sentence's gazetteer matches.
void cut_titles(Sentence& s, const std::vector<GazetteerMatch>& gaz);

}  // namespace kg::nlp::ner_detail
