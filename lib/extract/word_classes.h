// Closed English word classes that clause extraction needs: general grammar
// (speech verbs, intention verbs, negators, time nouns), never names.
#pragma once
#include <string_view>

namespace kg::extract {

// Verbs that report speech or belief: their subject is the source of the
// complement clause ("X said that ...", "..., reports Reuters").
bool is_speech_verb(std::string_view lemma);
// Verbs that express intention or plan and control an infinitive ("plans to").
bool is_intention_verb(std::string_view lemma);
// Words that negate the clause they modify ("not", "n't", "never").
bool is_negator(std::string_view lower_form);
// Nouns of time ("Saturday", "year"): obliques headed by them are circumstances.
bool is_time_noun(std::string_view lower_lemma);
// Verbs whose conjoined subjects act on each other ("A and B met").
bool is_reciprocal_verb(std::string_view lemma);
// Verbs whose object conjoined subjects share with each other ("A and B exchanged pleasantries").
bool is_reciprocal_object_verb(std::string_view lemma);
// Nouns that form a complex preposition with "of" ("in front of", "on top of").
bool is_preposition_noun(std::string_view lower_lemma);
// Verbs whose object noun names the event ("make an appearance", "hold talks").
bool is_light_verb(std::string_view lemma);
// Verbs whose object is the subject of their infinitive ("asked him to leave", "saw Moon meet Kim").
bool is_object_control_verb(std::string_view lemma);
// Nouns that count or gather people ("thousands of", "a group of").
bool is_quantity_noun(std::string_view lower_lemma);
// Relative pronouns and complementisers that stand for the modified noun.
bool is_relativizer(std::string_view lower_form);

}  // namespace kg::extract
