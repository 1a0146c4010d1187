// Event nouns with a clear verb reading: "Trump's summit with Kim" means Trump
// holds a summit with Kim. A data file maps the noun's lemma to the verb
// phrase that states it:
//
//     # noun<TAB>verb phrase
//     summit	hold summit
//     visit	visit
//
// Blank lines and '#' comments are skipped; anything else is an error naming
// the file and the line.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace kg::extract {

class NominalLexicon {
 public:
  static NominalLexicon load(const std::filesystem::path& path);
  static NominalLexicon parse(std::string_view data, std::string_view source);

  // The verb phrase for a noun lemma (lower case), or empty.
  std::string_view verb_phrase(std::string_view noun_lemma) const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::map<std::string, std::string, std::less<>> entries_;
};

}  // namespace kg::extract
