// Event classes for relations, modelled on PLOVER: a data file maps a lemma
// or lemma phrase to a class, and every class has its quad class.
//
//     # relation lemma<TAB>class
//     accuse	accuse
//     call off	reject
//     agree to	agree
//
// A relation gets the class of the entry found earliest in its normalised
// lemma, the longest one at that position: the governing verb decides
// ("refuse to stand up for" -> reject, "threaten to strike" -> threaten) and
// a phrasal entry beats its verb ("call off" -> reject, not "call"). Users extend the
// default file with their own (`--lexicon FILE`); later files override
// earlier entries.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::extract {

struct EventClass {
  std::string name;  // "accuse", ..., "other"
  std::string quad;  // "verbal cooperation", "material cooperation", "verbal conflict", "material conflict", or ""
};

class EventLexicon {
 public:
  // The classes a file may name, in PLOVER order, "other" last.
  static const std::vector<std::string>& classes();
  static std::string quad_class(std::string_view event_class);

  static EventLexicon load(const std::filesystem::path& path);
  // Adds the entries of a file (same format); throws kg::Error "FILE: line N: what".
  void add_file(const std::filesystem::path& path);
  void add(std::string_view data, std::string_view source);

  EventClass classify(std::string_view relation_lemma) const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, std::string> entries_;  // lemma phrase -> class
  std::size_t longest_ = 1;                               // words in the longest entry
};

}  // namespace kg::extract
