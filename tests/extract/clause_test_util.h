// Hand-written dependency trees for the extraction tests: one word a line,
// "id form lemma upos xpos head deprel [feats]" separated by spaces.
#pragma once
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "kg/extract/clauses.h"
#include "kg/extract/nominal_lexicon.h"
#include "kg/extract/relation.h"
#include "kg/nlp/conllu.h"
#include "test_support.h"

namespace kg::test::clauses {

inline nlp::Sentence tree(const std::string& rows) {
  std::istringstream in(rows);
  std::string line, conllu;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    std::vector<std::string> c;
    std::string x;
    while (f >> x) c.push_back(x);
    if (c.empty()) continue;
    std::string feats = c.size() > 7 ? c[7] : "_";
    conllu += c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3] + "\t" + c[4] + "\t" + feats + "\t" + c[5] + "\t" +
              c[6] + "\t_\t_\n";
  }
  auto s = nlp::parse_conllu(conllu + "\n", "test");
  REQUIRE(s.size() == 1);
  std::string text;
  for (const auto& w : s[0].words) text += (text.empty() ? "" : " ") + w.form;
  s[0].text = text;
  return s[0];
}

inline const extract::NominalLexicon& test_nominals() {
  static const extract::NominalLexicon lex =
      extract::NominalLexicon::parse("summit\thold summit\nvisit\tvisit\ndialogue\thold dialogue\n",
                                      "test-nominals");
  return lex;
}

// "subject | relation lemma | object" for every binary triple, with " [neg]"
// appended when negated.
inline std::vector<std::string> triples(const nlp::Sentence& s) {
  extract::ClauseOptions o;
  o.nominals = &test_nominals();
  std::vector<std::string> out;
  for (const auto& c : extract::extract_clauses(s, o))
    for (const auto& t : extract::binarize(s, c))
      out.push_back(extract::words_text(s, t.subject.words) + " | " + t.lemma + " | " +
                    extract::words_text(s, t.object.words) + (t.negated ? " [neg]" : ""));
  return out;
}

inline bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace kg::test::clauses

// Checks that `list` holds `item`, printing the whole list when it does not.
#define CHECK_HAS(list, item)                                  \
  do {                                                         \
    const auto& kg_list_ = (list);                             \
    std::string kg_all_;                                       \
    for (const auto& x : kg_list_) kg_all_ += "\n  " + x;      \
    INFO("triples:" << kg_all_);                               \
    CHECK(::kg::test::clauses::has(kg_list_, item));                    \
  } while (0)
