#include <cstdio>

#include "kg/base/atomic_file.h"
#include "kg/nlp/perceptron.h"
#include "kg/nlp/tagger_trainer.h"

namespace kg::nlp {

std::vector<Sentence> read_treebanks(const std::vector<std::filesystem::path>& paths) {
  std::vector<Sentence> all;
  for (const auto& p : paths) {
    std::vector<Sentence> s = read_conllu(p);
    all.insert(all.end(), std::make_move_iterator(s.begin()), std::make_move_iterator(s.end()));
  }
  return all;
}

std::string describe_treebanks(const std::vector<std::filesystem::path>& paths) {
  std::string out;
  for (const auto& p : paths) {
    std::string data = read_file(p);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash_text(data)));
    if (!out.empty()) out += ',';
    out += p.filename().string() + " (" + std::to_string(data.size()) + " bytes, hash " + hex + ")";
  }
  return out;
}

TagScores score_tags(const std::vector<Sentence>& gold, const std::vector<Sentence>& predicted) {
  TagScores s;
  std::size_t upos = 0, xpos = 0, lemma = 0;
  for (std::size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
    const auto& g = gold[i].words;
    const auto& p = predicted[i].words;
    for (std::size_t j = 0; j < g.size() && j < p.size(); ++j) {
      ++s.words;
      upos += g[j].upos == p[j].upos;
      xpos += g[j].xpos == p[j].xpos;
      lemma += g[j].lemma == p[j].lemma;
    }
  }
  if (s.words) {
    s.upos = 100.0 * static_cast<double>(upos) / static_cast<double>(s.words);
    s.xpos = 100.0 * static_cast<double>(xpos) / static_cast<double>(s.words);
    s.lemma = 100.0 * static_cast<double>(lemma) / static_cast<double>(s.words);
  }
  return s;
}

}  // namespace kg::nlp
