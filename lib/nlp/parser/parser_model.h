// What a parser model holds, shared by Parser (inference) and the trainer.
#pragma once
#include <map>
#include <span>
#include <string>
#include <vector>

#include "parser_weights.h"
#include "kg/nlp/arc_hybrid.h"

namespace kg::nlp::parser_detail {

inline constexpr std::string_view kParserKind = "parser";

struct ParserModel {
  std::map<std::string, std::string> header;
  std::vector<std::string> labels;      // plain labels and lifted "label||head-label"
  std::vector<int> plain, head_label;   // per label: id without the lift encoding; encoded head label or -1
  int root = -1;                        // id of "root"
  CompactWeights weights;

  int action_count() const { return 1 + 2 * static_cast<int>(labels.size()); }
  // Fills plain/head_label/root from labels; throws kg::Error (with `source`) if "root" is missing.
  void index_labels(const std::string& source);
  void save(const std::filesystem::path& path) const;
  std::string serialize() const;
};

// Calls f(action) for every action allowed in state `s`, in action-id order:
// SHIFT, LEFT(l), RIGHT(l), with the "root" label exactly on the attachment
// to the root.
template <class F>
void for_each_valid_action(const ArcHybridState& s, int labels, int root, F&& f) {
  if (s.can(Move::shift)) f(0);
  if (s.can(Move::left))
    for (int l = 0; l < labels; ++l)
      if (l != root) f(action_id(Move::left, l));
  if (s.can(Move::right)) {
    if (s.stack(1) == 0) {
      f(action_id(Move::right, root));
    } else {
      for (int l = 0; l < labels; ++l)
        if (l != root) f(action_id(Move::right, l));
    }
  }
}

// The highest-scoring action allowed in state `s`. Ties go to the lower
// action id, so decisions are deterministic.
template <class Score>
int best_valid_action(const ArcHybridState& s, std::span<const Score> scores, int root) {
  int best = -1;
  for_each_valid_action(s, static_cast<int>(scores.size() - 1) / 2, root, [&](int a) {
    if (best < 0 || scores[static_cast<std::size_t>(a)] > scores[static_cast<std::size_t>(best)]) best = a;
  });
  return best;
}

}  // namespace kg::nlp::parser_detail
