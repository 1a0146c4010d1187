// Feature templates of the dependency parser, after Zhang & Nivre (2011,
// "Transition-based dependency parsing with rich non-local features"), adapted
// to arc-hybrid, where the decisions involve s0 with b0 (LEFT) and s1 with s0
// (RIGHT). Features are data: a state is first reduced to an array of atoms
// (word, tag, label, valency and distance ids of the positions around the
// stack top and buffer front); each template is a tuple of atom indexes, and
// a feature is the hash of the template id with its atoms' values.
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kg/nlp/arc_hybrid.h"
#include "kg/nlp/conllu.h"

namespace kg::nlp::parser_detail {

// Per-word ids the features read; index 0 is the root.
struct SentenceAtoms {
  std::vector<std::uint64_t> word, tag, suffix;
  void fill(const Sentence& s);  // reuses capacity
};

inline constexpr int kAtomCount = 52;
inline constexpr int kMaxTemplateArity = 4;
struct Template {
  std::array<std::uint8_t, kMaxTemplateArity> atoms;
  std::uint8_t arity;
};
std::span<const Template> templates();
// A stable description of the templates, stored in the model so that a model
// trained with other templates is refused at load time.
std::string templates_signature();

// Writes one hashed feature per template into `out` (size templates().size()).
void extract_features(const ArcHybridState& state, const SentenceAtoms& atoms, std::span<std::uint64_t> out);

std::uint64_t hash_string(std::string_view s);

}  // namespace kg::nlp::parser_detail
