// Romanised East Asian given names written with a hyphen ("Moon Jae-in",
// "Kim Jong-un", "Jae-in Moon") kept as one token. UD English splits every
// such hyphen ("Jae - in"), and then "in" reads as a preposition, which breaks
// the tags, the parse and the entity spans of the whole name.
#pragma once
#include "kg/text/document.h"

namespace kg::text::detail {

// Joins, inside each sentence, every glued "Xx-yy" whose parts look like
// syllables of a name (a capitalised part of 2 to 5 letters, a hyphen, a part
// of 1 to 5 letters, lower case or capitalised; two capitalised parts of at
// most 4 letters each) when a capitalised word stands right before or after
// it. Sentences are renumbered.
void join_name_hyphens(TokenizedDocument& doc);

}  // namespace kg::text::detail
