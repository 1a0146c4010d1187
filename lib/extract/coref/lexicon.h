// Closed word classes the resolver and the canonicalizer need: third-person
// pronouns with their agreement features, person titles, role nouns and nouns
// that denote people. They are small, closed and language-specific, so they
// live here rather than in data files.
#pragma once
#include <string>
#include <string_view>

namespace kg::extract::coref {

enum class Gender : unsigned char { Unknown, Male, Female, Neuter };
enum class Number : unsigned char { Unknown, Singular, Plural };

struct PronounInfo {
  Gender gender = Gender::Unknown;
  Number number = Number::Unknown;
  bool reflexive = false;
  bool possessive = false;
};

// Third-person personal, possessive and reflexive pronouns ("he", "their",
// "itself"); false for anything else. `word` is matched case-insensitively.
bool third_person_pronoun(std::string_view word, PronounInfo& info);

// Titles and honorifics that precede a person's name ("President", "Mr.",
// "Secretary", "leader"): stripped from canonical names, kept as roles.
bool is_title_word(std::string_view lower_word);
// Honorifics that carry gender ("Mr." -> Male, "Mrs."/"Ms." -> Female).
Gender honorific_gender(std::string_view lower_word);
// Role and kinship nouns with a gender ("sister", "king", "spokeswoman").
Gender gendered_noun(std::string_view lower_lemma);
// Common nouns that denote people ("official", "lawmaker", "expert", "student"):
// their plurals are GROUP actors, their singulars persons.
bool is_person_noun(std::string_view lower_lemma);
// Nouns that denote an organisation or government when definite ("the regime",
// "the government", "the administration").
bool is_government_noun(std::string_view lower_lemma);

// Last words of an organisation's name ("ministry", "party", "post", "times").
bool is_org_word(std::string_view lower_word);
// Last words of the name of a place or building that is not an actor by itself
// ("square", "airport", "stadium", "peninsula").
bool is_place_word(std::string_view lower_word);
// Last words of the name of an event: never an actor ("olympics", "games", "war").
bool is_event_word(std::string_view lower_word);
// Months, weekdays and other dates ("july", "monday"): a name of one such word
// is a date, whatever the recogniser said ("Theresa May" is not one word).
bool is_date_word(std::string_view lower_word);
// Portfolio words after "Secretary of", "Minister of" ("state", "defense",
// "homeland", "security"): part of the title, not of the holder's name.
bool is_portfolio_word(std::string_view lower_word);

// ASCII lower-casing (names are compared on letters and digits only).
std::string lower(std::string_view s);

}  // namespace kg::extract::coref
