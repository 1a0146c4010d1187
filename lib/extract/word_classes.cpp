#include "word_classes.h"

#include <algorithm>

namespace kg::extract {
namespace {

template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(list, list + N, w) != list + N;
}

constexpr std::string_view kSpeech[] = {
    "acknowledge", "add",   "admit",  "announce", "argue",   "assert",  "believe", "claim",  "comment",
    "confirm",     "declare", "deny", "explain",  "indicate", "insist", "maintain", "mention", "note",
    "predict",     "reiterate", "remark", "reply", "report",  "respond", "reveal",  "say",    "state",
    "stress",      "suggest", "tell",  "think",   "warn",    "write"};

constexpr std::string_view kIntention[] = {
    "aim",  "attempt", "decide", "desire", "expect", "hope", "intend", "mean",   "plan", "plot",
    "prepare", "promise", "propose", "seek", "threaten", "try", "vow",  "want", "wish"};

constexpr std::string_view kNegators[] = {"n't", "never", "no", "not", "n’t"};

constexpr std::string_view kTime[] = {
    "afternoon", "april",    "august",  "century", "day",     "december", "decade",   "evening", "february",
    "friday",    "hour",     "january", "july",    "june",    "march",    "may",      "minute",  "monday",
    "month",     "morning",  "night",   "november", "now",    "october",  "period",   "quarter", "saturday",
    "season",    "second",   "september", "spring", "summer", "sunday",   "thursday", "time",    "today",
    "tomorrow",  "tonight",  "tuesday", "wednesday", "week",  "weekend",  "year",     "yesterday"};

constexpr std::string_view kReciprocal[] = {
    "clash", "collaborate", "compete", "confer", "converse", "cooperate", "fight",
    "meet",  "negotiate",   "reconcile", "spar", "speak",   "talk",      "trade"};

// Verbs whose object is shared by conjoined subjects: "A and B exchanged
// pleasantries" -> each with the other.
constexpr std::string_view kReciprocalWithObject[] = {"exchange", "share", "shake", "swap", "trade"};

// Nouns that make a complex preposition with "of": "in front of", "on top
// of", "in the wake of", "on behalf of", "in spite of".
constexpr std::string_view kPrepositionNouns[] = {"behalf", "face", "front", "midst", "middle", "spite", "top",
                                                  "wake"};

// Verbs whose object noun carries the event ("made an appearance at", "held
// talks in", "paid a visit to").
constexpr std::string_view kLightVerbs[] = {"do", "give", "have", "hold", "make", "pay", "take"};

// Verbs whose object is the subject of their infinitive or participle ("saw
// Moon meet Kim", "asked him to leave", "had Pence and Kim sitting").
constexpr std::string_view kObjectControl[] = {
    "allow",  "ask",   "cause",  "enable", "encourage", "expect", "feel",    "force", "get",  "have", "hear",
    "help",   "invite", "keep",  "leave",  "let",       "make",   "need",    "order", "permit", "persuade",
    "press",  "push",  "request", "require", "see",     "tell",   "urge",    "want",  "warn", "watch"};

// Nouns that count or gather what their "of" names ("thousands of
// protesters", "a group of lawmakers").
constexpr std::string_view kQuantity[] = {"thousand", "thousands", "hundred", "hundreds", "dozen",  "dozens",
                                          "million",  "millions",  "score",   "scores",   "group",  "crowd",
                                          "handful",  "majority",  "number",  "band",     "delegation"};

constexpr std::string_view kRelativizers[] = {"that", "what", "which", "who", "whom", "whose"};

}  // namespace

bool is_speech_verb(std::string_view lemma) { return in(kSpeech, lemma); }
bool is_intention_verb(std::string_view lemma) { return in(kIntention, lemma); }
bool is_negator(std::string_view w) { return in(kNegators, w); }
bool is_time_noun(std::string_view w) { return in(kTime, w); }
bool is_reciprocal_verb(std::string_view lemma) { return in(kReciprocal, lemma); }
bool is_relativizer(std::string_view w) { return in(kRelativizers, w); }
bool is_preposition_noun(std::string_view lemma) { return in(kPrepositionNouns, lemma); }
bool is_reciprocal_object_verb(std::string_view lemma) { return in(kReciprocalWithObject, lemma); }
bool is_light_verb(std::string_view lemma) { return in(kLightVerbs, lemma); }
bool is_quantity_noun(std::string_view lemma) { return in(kQuantity, lemma); }
bool is_object_control_verb(std::string_view lemma) { return in(kObjectControl, lemma); }

}  // namespace kg::extract
