// Phrase lists (countries, capitals, regions, demonyms) matched over a
// sentence's words, longest match first. Read from iso-codes and
// data/gazetteer/ when the entity recogniser is trained, and stored in its model.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

#include "kg/nlp/conllu.h"
#include "word_table.h"

namespace kg {
class ModelReader;
class ModelWriter;
}  // namespace kg

namespace kg::nlp {

// kGazTitle: a title or office before a person's name ("Vice President").
enum GazetteerType : std::uint8_t { kGazGpe = 1, kGazNorp = 2, kGazLoc = 4, kGazTitle = 8 };

// Per word: the types of the longest phrase covering it and the word's
// position in it (1 begin, 2 inside, 3 last, 4 unit; 0 = no match).
struct GazetteerMatch {
  std::uint8_t types = 0, position = 0;
};

class Gazetteer {
 public:
  // Words of the phrase are separated by spaces; "-" and "'s" are split off
  // as the treebanks do, and the unsplit variant is kept as well.
  void add(std::string_view phrase, std::uint8_t types);
  // Countries from the iso-codes JSON (name, common_name, official_name,
  // skipping inverted names like "Korea, Republic of"), plus capitals.tsv,
  // country_aliases.tsv, demonyms.tsv, regions.tsv and titles.tsv in dir.
  static Gazetteer read_sources(const std::filesystem::path& iso_json, const std::filesystem::path& dir);

  void match(const Sentence& s, std::vector<GazetteerMatch>& out) const;
  std::size_t size() const { return entries_.size(); }

  void save(ModelWriter& out) const;
  static Gazetteer load(ModelReader& in);

 private:
  void add_tokens(const std::vector<std::string_view>& tokens, std::uint8_t types);
  void build();
  struct Entry {
    std::uint64_t hash;
    std::uint8_t types, length;
  };
  std::vector<Entry> entries_;
  WordTable<std::uint8_t> table_;
  int max_length_ = 0;
};

}  // namespace kg::nlp
