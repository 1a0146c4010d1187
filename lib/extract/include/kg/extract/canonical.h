// Canonical actors across documents: one name per actor whatever the spelling,
// word order, title or possessive the text used; country names, demonyms and
// capitals from the gazetteer; user aliases that add or override.
//
// User alias file (`--aliases FILE.tsv`), UTF-8, tab separated, one actor a line:
//
//     canonical<TAB>type<TAB>alias|alias|...
//
// `type` is one of PERSON, ORG, GPE, LOC, NORP, GROUP; aliases may be empty.
// Blank lines and lines starting with '#' are skipped; a first line
// "canonical<TAB>type<TAB>aliases" is taken as a header. Anything else (wrong
// column count, unknown type, empty canonical or alias, an alias given to two
// actors) is an error naming the file and the line. User entries win over the
// gazetteer and over names learned from documents.
#pragma once
#include <filesystem>
#include <iosfwd>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/extract/triple.h"

namespace kg::extract {

struct ActorName {
  std::string id;    // canonical name
  std::string type;  // PERSON, ORG, GPE, LOC, NORP, GROUP
};

// A canonical actor with every surface form seen (or declared) for it.
struct CanonicalActor {
  std::string id, type;
  std::vector<std::pair<std::string, int>> aliases;  // most frequent first; user/gazetteer aliases count 0
  bool user = false;                                 // declared in an alias file
};

class Canonicalizer {
 public:
  Canonicalizer() = default;

  // The country gazetteer in DATA_DIR: coref/countries.tsv (country, type, aliases,
  // demonyms, short forms) and coref/capitals.tsv (capital, country, kind).
  static Canonicalizer load(const std::filesystem::path& data_dir);
  // $KG_DATA if set, else the source tree's data/ directory.
  static std::filesystem::path default_data_dir();

  // User aliases (format above). Throws kg::Error "FILE: line N: what".
  void add_alias_file(const std::filesystem::path& path);
  void add_aliases_tsv(std::string_view data, std::string_view source);

  // The actor this surface form names (user alias, country name or alias), or empty.
  // Titles, possessive endings and a leading "the" are ignored.
  std::optional<ActorName> lookup(std::string_view surface) const;
  // The state a capital or seat of government stands for ("Pyongyang" -> North Korea).
  std::optional<ActorName> state_of_capital(std::string_view surface) const;
  // A seat of government rather than a city ("the White House", "the Kremlin").
  bool is_seat_of_government(std::string_view surface) const;
  // The state of a demonym ("North Korean", "Japanese") or a contextual short form
  // ("the North"), which the resolver only uses when the document names that state.
  std::optional<ActorName> state_of_demonym(std::string_view surface) const;
  std::optional<ActorName> state_of_short_form(std::string_view surface) const;
  // The states a plural name stands for: "Koreas" -> North Korea, South Korea
  // (the states whose multi-word names end in the singular); empty unless two or more.
  std::vector<ActorName> states_of_plural(std::string_view surface) const;
  // "male" or "female" for a common given name (coref/given_names.tsv, any case), else "".
  std::string_view given_name_gender(std::string_view first_name) const;

  // Cross-document merging. `observe` records that a document called actor `id`
  // by `surface`; `canonical` then maps a document-level id to the actor's name
  // over all documents observed so far: the same key (spelling, hyphens, word
  // order ignored) or a unique longer name of the same type containing it give
  // one actor, named by its fullest, most frequent form (user names win).
  void observe(std::string_view id, std::string_view type, std::string_view surface, int count = 1);
  ActorName canonical(std::string_view id, std::string_view type) const;
  std::vector<CanonicalActor> actors() const;
  // The actors in the alias-file format (reloadable with add_alias_file).
  void write_aliases_tsv(std::ostream& out) const;

  // "President Donald Trump" -> "Donald Trump", "South Korea's Moon Jae-in" ->
  // "Moon Jae-in", "the U.S.'s" -> "U.S.": the name without titles, possessors,
  // determiners and possessive endings.
  static std::string strip_name(std::string_view surface);
  // Order-, case-, hyphen- and punctuation-insensitive key of a name:
  // "Moon Jae-in", "Jae-in Moon", "MOON Jae In" -> "in jae moon".
  static std::string name_key(std::string_view name);
  // Lower-cased words of a name without punctuation: "Kim Jong-un" -> {kim, jong, un}.
  static std::vector<std::string> name_words(std::string_view name);

 private:
  struct Entry {
    ActorName name;
    bool user = false;
    std::map<std::string, int> forms;  // surface -> count
    std::map<std::string, int> ids;    // document-level ids observed -> count
    bool fixed = false;                // named by the gazetteer or the user: observations do not rename it
  };
  const std::string& display_name(const Entry& e) const;
  int find_or_add(const ActorName& name, bool user);
  void add_key(const std::string& key, int entry, bool user);

  std::vector<Entry> entries_;
  std::map<std::string, int> by_key_;            // name_key -> entry (aliases, names)
  std::map<std::string, ActorName> capitals_;    // name_key -> state
  std::map<std::string, ActorName> demonyms_;    // name_key -> state
  std::map<std::string, ActorName> short_forms_; // name_key -> state
  std::set<std::string> seats_;                  // name_keys of capitals that are seats of government
  std::map<std::string, bool> given_names_;      // lower-cased given name -> female
  std::map<std::string, std::vector<ActorName>> by_last_word_;  // "korea" -> North Korea, South Korea
};

// Gives the actors of triples from many documents one name each: observes
// every subject and object id (with its text), then rewrites ids and types
// through Canonicalizer::canonical. Things (empty id) are left alone.
void canonicalize_triples(std::vector<Triple>& triples, Canonicalizer& canon);

}  // namespace kg::extract
