// Lemmatizer model contents, shared by inference and training.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kg/nlp/perceptron.h"

namespace kg::nlp::lemma_detail {

// How a rule recases (or cleans) the form before the suffix edit.
enum RuleCase : std::uint8_t {
  kKeepCase = 0,
  kLowercase = 1,
  kTitlecase = 2,     // "KENNEDY" -> "Kennedy"
  kDropCommas = 3,    // "420,588" -> "420588" (EWT's number lemmas)
};

// Edit from a form to its lemma: recase, strip `strip` bytes, append.
struct Rule {
  std::uint8_t lower = kLowercase;
  std::uint8_t strip = 0;
  std::string append;
  bool operator<(const Rule& o) const {
    return lower != o.lower ? lower < o.lower : strip != o.strip ? strip < o.strip : append < o.append;
  }
  bool operator==(const Rule& o) const { return lower == o.lower && strip == o.strip && append == o.append; }
};

constexpr int kMaxSuffixChars = 8;

inline std::uint64_t rule_key(std::string_view xpos, std::string_view lower_suffix) {
  return feature_hash(1, hash_text(xpos), hash_text(lower_suffix));
}
inline std::uint64_t exception_key(std::string_view form, std::string_view xpos) {
  return feature_hash(2, hash_text(form), hash_text(xpos));
}

// Applies rule to form; false when the rule strips more than the form has.
bool apply_rule(const Rule& r, std::string_view form, std::string& out);

}  // namespace kg::nlp::lemma_detail
