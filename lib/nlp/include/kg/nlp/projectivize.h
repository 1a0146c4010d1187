// Pseudo-projective parsing (Nivre & Nilsson 2005, "head" encoding): the
// arc-hybrid parser only builds projective trees, so training trees are made
// projective by lifting each non-projective arc to its head's head until no
// arc crosses, and the lifted word's label records the label of its original
// head ("obj||acl:relcl"). After parsing, deprojectivize() moves such a word
// back under the nearest descendant of its current head that carries that
// label (breadth first, left to right), and strips the encoding.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

inline constexpr std::string_view kLiftSeparator = "||";

// heads/labels: index 0 unused, words 1..n; head 0 = root.
// Returns true when any arc was lifted.
bool projectivize(std::vector<int>& heads, std::vector<std::string>& labels);
void deprojectivize(std::vector<int>& heads, std::vector<std::string>& labels);
bool is_projective(std::span<const int> heads);

// The same on label ids, without allocating once `scratch` has grown:
// plain[l] is the id of the label with the encoding stripped (l itself for a
// plain label), head_label[l] the id of the encoded head label or -1.
struct DeprojectivizeScratch {
  std::vector<int> child_start, children, queue, in_subtree;
};
void deprojectivize(std::span<int> heads, std::span<int> labels, std::span<const int> plain,
                    std::span<const int> head_label, DeprojectivizeScratch& scratch);

}  // namespace kg::nlp
