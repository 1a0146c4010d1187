#include "abbreviations.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace kg::text::detail {
namespace {

// Sorted, lower case.
constexpr std::array<std::string_view, 108> kAbbreviations = {
    "a.k.a", "a.m", "adm", "al", "approx", "apr", "assn", "assoc", "atty", "aug", "ave", "bldg",
    "blvd", "bros", "capt", "cf", "cmdr", "co", "col", "comdr", "corp", "cpl", "cpt", "dec", "dept",
    "dist", "dr", "e.g", "ed", "eds", "esp", "esq", "est", "etc", "ex", "feb", "fig", "figs", "fri",
    "ft", "gen", "gov", "hon", "hosp", "hwy", "i.e", "inc", "jan", "jr", "jul", "jun", "lb", "lbs",
    "lt", "ltd", "maj", "mar", "messrs", "mfg", "mg", "min", "mme", "mon", "mr", "mrs", "ms",
    "msgr", "mt", "no", "nos", "nov", "oct", "op", "p", "p.m", "pfc", "ph.d", "pl", "pp", "pres",
    "prof", "pt", "pvt", "rd", "rep", "reps", "rev", "sat", "sen", "sens", "sep", "sept", "sgt",
    "sr", "st", "ste", "sun", "supt", "tel", "thu", "thurs", "tue", "tues", "univ", "v", "vol",
    "vs", "wed",
};

constexpr std::array<std::string_view, 40> kTitles = {
    "adm", "capt", "cmdr", "col", "cpl", "cpt", "dr", "fig", "figs", "gen", "gov", "hon", "lt", "maj",
    "messrs", "mme", "mr", "mrs", "ms", "msgr", "mt", "no", "nos", "op", "p", "pfc", "pp", "pres",
    "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "st", "supt", "vol", "vs",
};

bool lower_in(std::string_view word, const std::string_view* begin, const std::string_view* end) {
  if (word.size() > 8) return false;
  char buf[8];
  for (std::size_t i = 0; i < word.size(); ++i)
    buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  return std::binary_search(begin, end, std::string_view(buf, word.size()));
}

}  // namespace

bool is_abbreviation(std::string_view word) {
  return lower_in(word, kAbbreviations.data(), kAbbreviations.data() + kAbbreviations.size());
}

bool is_title_abbreviation(std::string_view word) {
  return lower_in(word, kTitles.data(), kTitles.data() + kTitles.size());
}

}  // namespace kg::text::detail
