// Hand-written sentences for the coreference tests: "form/UPOS/head/deprel[/NER]"
// per word, separated by spaces; heads are 1-based as in CoNLL-U.
#pragma once
#include <sstream>
#include <string>
#include <vector>

#include "kg/nlp/conllu.h"

namespace kg::test::coref {

inline nlp::Sentence spec_tree(const std::string& spec) {
  nlp::Sentence s;
  std::istringstream in(spec);
  std::string tok;
  while (in >> tok) {
    std::vector<std::string> f;
    std::size_t b = 0;
    // Split on '/', but a form may itself be "/" only as the first field: not needed here.
    for (;;) {
      std::size_t e = tok.find('/', b == 0 ? 1 : b);
      f.push_back(tok.substr(b, e == std::string::npos ? std::string::npos : e - b));
      if (e == std::string::npos) break;
      b = e + 1;
    }
    nlp::Word w;
    w.form = f.at(0);
    w.lemma = w.form;
    for (char& c : w.lemma)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    w.upos = f.at(1);
    w.head = std::stoi(f.at(2));
    w.deprel = f.at(3);
    w.ner = f.size() > 4 ? f[4] : "O";
    if (w.upos == "NOUN" && w.form.size() > 1 && w.form.back() == 's') w.xpos = "NNS";
    s.text += (s.text.empty() ? "" : " ") + w.form;
    s.words.push_back(std::move(w));
  }
  return s;
}

}  // namespace kg::test::coref
