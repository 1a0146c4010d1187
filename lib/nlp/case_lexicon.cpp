#include "case_lexicon.h"

#include <algorithm>

#include "kg/base/model_file.h"
#include "kg/nlp/perceptron.h"
#include "word_features.h"

namespace kg::nlp {

void CaseLexicon::count(const Sentence& s) {
  std::string low;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const std::string& f = s.words[i].form;
    const std::uint32_t flags = word_flags(f);
    const bool capital = (flags & kInitCap) != 0;
    lowercase_into(f, low);
    if (low != f && !capital) continue;  // "iPhone", "NASA": neither
    if (capital && i == 0) continue;     // sentence-initial capitals say nothing
    auto& c = counts_[hash_text(low)];
    (capital ? c.second : c.first) += 1;
  }
}

void CaseLexicon::finish(int min_count) {
  entries_.clear();
  for (const auto& [hash, c] : counts_) {
    const std::uint32_t total = c.first + c.second;
    if (total < static_cast<std::uint32_t>(min_count)) continue;
    const double lower = static_cast<double>(c.first) / total;
    const int share = lower < 0.1 ? 0 : lower < 0.5 ? 1 : lower < 0.9 ? 2 : 3;
    const int freq = total < 10 ? 0 : total < 100 ? 1 : 2;
    entries_.emplace_back(hash, static_cast<std::uint8_t>(1 + 3 * share + freq));
  }
  counts_.clear();
  std::sort(entries_.begin(), entries_.end());  // hash order: the file does not depend on the map
  table_ = WordTable<std::uint8_t>(entries_);
}

std::uint8_t CaseLexicon::code(std::string_view lowercase) const {
  const std::uint8_t* v = table_.find(hash_text(lowercase));
  return v ? *v : 0;
}

void CaseLexicon::save(ModelWriter& out) const {
  out.u64(entries_.size());
  for (const auto& [hash, code] : entries_) {
    out.u64(hash);
    out.u8(code);
  }
}

CaseLexicon CaseLexicon::load(ModelReader& in) {
  CaseLexicon lex;
  const std::uint64_t n = in.u64("case lexicon size");
  if (n > (1u << 24)) in.fail("case lexicon size", "case lexicon too large");
  lex.entries_.resize(static_cast<std::size_t>(n));
  for (auto& [hash, code] : lex.entries_) {
    hash = in.u64("case lexicon word");
    code = in.u8("case lexicon code");
    if (code == 0 || code > 12) in.fail("case lexicon code", "bad case code");
  }
  lex.table_ = WordTable<std::uint8_t>(lex.entries_);
  return lex;
}

}  // namespace kg::nlp
