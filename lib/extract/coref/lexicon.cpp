#include "coref/lexicon.h"

#include <algorithm>
#include <iterator>

namespace kg::extract::coref {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {

template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

constexpr std::string_view kTitles[] = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady",
    "president", "vice", "secretary", "minister", "prime", "premier", "chancellor", "senator", "sen.", "rep.",
    "representative", "congressman", "congresswoman", "governor", "gov.", "mayor", "general", "gen.", "admiral",
    "colonel", "col.", "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "king", "queen", "prince",
    "princess", "pope", "chairman", "chairwoman", "ceo", "director", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "leader", "dictator", "commander", "chief", "justice", "judge", "deputy",
    "acting", "former", "late", "supreme", "foreign", "sheikh", "emir", "president-elect", "first", "archbishop",
    "rev.", "adviser", "advisor", "aide", "negotiator", "attorney", "commissioner", "administrator", "coordinator",
    "inspector", "superintendent", "councillor", "councilman", "councilwoman", "lawmaker", "legislator", "mp"};

constexpr std::string_view kMale[] = {
    "mr", "mr.", "sir", "lord", "king", "prince", "father", "son", "brother", "husband", "uncle", "nephew",
    "grandfather", "man", "boy", "gentleman", "spokesman", "chairman", "congressman", "businessman", "emperor",
    "duke", "dad", "grandson"};
constexpr std::string_view kFemale[] = {
    "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "mother", "daughter", "sister",
    "wife", "aunt", "niece", "grandmother", "woman", "girl", "spokeswoman", "chairwoman", "congresswoman",
    "businesswoman", "empress", "duchess", "mom", "granddaughter", "actress", "widow"};

constexpr std::string_view kPersonNouns[] = {
    "official", "lawmaker", "legislator", "expert", "analyst", "diplomat", "leader", "president", "minister",
    "senator", "politician", "student", "worker", "soldier", "troop", "officer", "police", "policeman",
    "authority", "protester", "protestor", "demonstrator", "activist", "resident", "citizen", "voter",
    "journalist", "reporter", "editor", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
    "negotiator", "representative", "delegate", "delegation", "member", "critic", "supporter", "opponent",
    "rebel", "militant", "fighter", "insurgent", "terrorist", "attacker", "gunman", "victim", "prisoner",
    "detainee", "hostage", "refugee", "migrant", "immigrant", "defector", "scientist", "researcher",
    "professor", "teacher", "doctor", "nurse", "patient", "lawyer", "attorney", "judge", "prosecutor",
    "investigator", "inspector", "executive", "director", "manager", "chairman", "chairwoman", "ceo",
    "founder", "owner", "employee", "staff", "aide", "adviser", "advisor", "secretary", "governor", "mayor",
    "general", "commander", "king", "queen", "prince", "princess", "dictator", "man", "woman", "men", "women",
    "child", "children", "people", "person", "family", "parent", "father", "mother", "sister", "brother",
    "son", "daughter", "wife", "husband", "friend", "athlete", "player", "coach", "fan", "host", "guest",
    "participant", "author", "writer"};

constexpr std::string_view kGovernment[] = {
    "regime", "government", "administration", "authorities", "leadership", "junta", "cabinet", "kremlin",
    "ministry", "state"};

constexpr std::string_view kOrgWords[] = {
    "department", "ministry", "agency", "party", "council", "committee", "commission", "organization",
    "organisation", "association", "university", "institute", "bank", "corp", "corp.", "inc", "inc.", "company",
    "news", "times", "post", "journal", "press", "army", "navy", "forces", "force", "office", "court", "congress",
    "senate", "parliament", "assembly", "union", "nations", "group", "foundation", "administration", "government",
    "service", "fund", "network", "media", "police", "guard", "ltd", "ltd.", "club", "federation", "alliance",
    "coalition", "board", "bureau", "house", "league", "herald", "tribune", "gazette", "daily", "telegraph",
    "guardian", "chronicle", "observer", "monitor", "reuters", "broadcasting", "television", "radio", "tv",
    "airlines", "airways", "motors", "industries", "holdings", "pictures", "entertainment", "ministries",
    "cabinet", "secretariat", "command", "corps", "brigade", "agency", "authority", "centre", "center"};

constexpr std::string_view kPlaceWords[] = {
    "square", "airport", "stadium", "street", "avenue", "road", "river", "mountain", "mountains", "mount",
    "island", "islands", "peninsula", "bridge", "hospital", "hotel", "palace", "hall", "park", "tower",
    "border", "sea", "ocean", "bay", "gulf", "lake", "valley", "province", "county", "district", "region",
    "zone", "base", "port", "harbor", "harbour", "strait", "canal", "desert", "coast", "village", "city"};

constexpr std::string_view kEventWords[] = {
    "olympics", "olympic", "games", "cup", "championship", "championships", "war", "festival", "conference",
    "election", "elections", "award", "awards", "prize", "summit", "forum", "expo", "week", "day", "year"};

constexpr std::string_view kDateWords[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
    "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
    "easter", "ramadan", "today", "tonight", "tomorrow", "yesterday"};

constexpr std::string_view kPortfolio[] = {
    "state", "defense", "defence", "energy", "commerce", "treasury", "labor", "labour", "education", "health",
    "interior", "agriculture", "transportation", "transport", "justice", "veterans", "affairs", "housing",
    "homeland", "security", "finance", "foreign", "home", "trade", "industry", "unification", "war", "the",
    "and", "human", "services", "urban", "development", "environment", "culture", "information", "economy",
    "national", "public", "internal", "external", "intelligence"};

}  // namespace

bool is_org_word(std::string_view w) { return in(kOrgWords, w); }
bool is_place_word(std::string_view w) { return in(kPlaceWords, w); }
bool is_event_word(std::string_view w) { return in(kEventWords, w); }
bool is_date_word(std::string_view w) { return in(kDateWords, w); }
bool is_portfolio_word(std::string_view w) { return in(kPortfolio, w); }

bool third_person_pronoun(std::string_view word, PronounInfo& info) {
  const std::string w = lower(word);
  info = {};
  using G = Gender;
  using N = Number;
  struct Row {
    std::string_view w;
    G g;
    N n;
    bool refl, poss;
  };
  static constexpr Row kRows[] = {
      {"he", G::Male, N::Singular, false, false},       {"him", G::Male, N::Singular, false, false},
      {"his", G::Male, N::Singular, false, true},       {"himself", G::Male, N::Singular, true, false},
      {"she", G::Female, N::Singular, false, false},    {"her", G::Female, N::Singular, false, true},
      {"hers", G::Female, N::Singular, false, true},    {"herself", G::Female, N::Singular, true, false},
      {"it", G::Neuter, N::Singular, false, false},     {"its", G::Neuter, N::Singular, false, true},
      {"itself", G::Neuter, N::Singular, true, false},  {"they", G::Unknown, N::Plural, false, false},
      {"them", G::Unknown, N::Plural, false, false},    {"their", G::Unknown, N::Plural, false, true},
      {"theirs", G::Unknown, N::Plural, false, true},   {"themselves", G::Unknown, N::Plural, true, false},
      {"it's", G::Neuter, N::Singular, false, true},  // a common misspelling of "its" in news text
  };
  for (const Row& r : kRows)
    if (r.w == w) {
      info = {r.g, r.n, r.refl, r.poss};
      return true;
    }
  return false;
}

bool is_title_word(std::string_view w) { return in(kTitles, w); }

Gender honorific_gender(std::string_view w) {
  if (w == "mr" || w == "mr.") return Gender::Male;
  if (w == "mrs" || w == "mrs." || w == "ms" || w == "ms." || w == "miss") return Gender::Female;
  return Gender::Unknown;
}

Gender gendered_noun(std::string_view w) {
  if (in(kMale, w)) return Gender::Male;
  if (in(kFemale, w)) return Gender::Female;
  return Gender::Unknown;
}

bool is_person_noun(std::string_view w) { return in(kPersonNouns, w) || in(kMale, w) || in(kFemale, w); }

bool is_government_noun(std::string_view w) { return in(kGovernment, w); }

}  // namespace kg::extract::coref
