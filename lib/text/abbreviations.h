// English abbreviations written with a full stop, which keeps the stop
// (UD English: "Mr.", "Dec.", "Inc.", "etc.").
#pragma once
#include <string_view>

namespace kg::text::detail {

// True when `word` (without its final period) is a known abbreviation,
// compared case-sensitively first and then in lower case.
bool is_abbreviation(std::string_view word);

// Abbreviations that normally precede a name or number ("Mr.", "Dr.", "No.",
// "Gen."), so a capitalised word after them does not start a sentence.
bool is_title_abbreviation(std::string_view word);

}  // namespace kg::text::detail
