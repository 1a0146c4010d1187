// How a word is usually written in running text: mostly lowercase
// ("president", "iodine") or mostly capitalised ("Pyongyang"). Counted over
// the training treebanks (every word, no entity labels needed) and stored in
// the entity model, so a capitalised title or common noun that the NER
// training data never labelled still reads as one.
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kg/nlp/conllu.h"
#include "word_table.h"

namespace kg {
class ModelReader;
class ModelWriter;
}  // namespace kg

namespace kg::nlp {

class CaseLexicon {
 public:
  // Counts lowercase and capitalised (not sentence-initial) occurrences.
  void count(const Sentence& s);
  // Keeps words seen at least min_count times; call once after counting.
  void finish(int min_count = 3);

  // 0: unknown; else 1 + 3 x (share of lowercase occurrences: < 10%, < 50%,
  // < 90%, more) + frequency bucket (< 10, < 100, more occurrences).
  std::uint8_t code(std::string_view lowercase) const;
  std::size_t size() const { return entries_.size(); }

  void save(ModelWriter& out) const;
  static CaseLexicon load(ModelReader& in);

 private:
  std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> counts_;  // lower, capitalised
  std::vector<std::pair<std::uint64_t, std::uint8_t>> entries_;  // sorted by hash
  WordTable<std::uint8_t> table_;
};

}  // namespace kg::nlp
