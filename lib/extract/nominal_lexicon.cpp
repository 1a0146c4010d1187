#include "kg/extract/nominal_lexicon.h"

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "lexicon_lines.h"

namespace kg::extract {

NominalLexicon NominalLexicon::load(const std::filesystem::path& path) {
  return parse(read_file(path), path.string());
}

NominalLexicon NominalLexicon::parse(std::string_view data, std::string_view source) {
  NominalLexicon lex;
  for_each_lexicon_line(data, source, 2, [&](std::size_t line, const std::vector<std::string>& cols) {
    std::string noun = lower_words(cols[0]);
    std::string verb = lower_words(cols[1]);
    if (noun.find(' ') != std::string::npos)
      throw Error(at_line(source, line, "the noun must be one word, got '" + cols[0] + "'"));
    if (!lex.entries_.emplace(noun, verb).second)
      throw Error(at_line(source, line, "noun '" + noun + "' is listed twice"));
  });
  return lex;
}

std::string_view NominalLexicon::verb_phrase(std::string_view noun_lemma) const {
  auto it = entries_.find(noun_lemma);
  return it == entries_.end() ? std::string_view{} : std::string_view(it->second);
}

}  // namespace kg::extract
