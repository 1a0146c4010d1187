// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011)
// with its dynamic oracle (Goldberg & Nivre 2013, "Training deterministic
// parsers with non-deterministic oracles", TACL 1).
//
// Words are numbered 1..n; 0 is the artificial root, which starts alone on
// the stack. The buffer is always a suffix of the sentence, so it is held as
// one index. Moves:
//   SHIFT        push b0
//   LEFT(l)      b0 becomes the head of s0, pop s0
//   RIGHT(l)     s1 becomes the head of s0, pop s0
// RIGHT from the root is only allowed once the buffer is empty, so every
// complete parse has exactly one word attached to the root.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

namespace kg::nlp {

enum class Move : std::uint8_t { shift = 0, left = 1, right = 2 };

// A move with its label: action ids are 0 = SHIFT, 1 + 2l = LEFT(l), 2 + 2l = RIGHT(l).
inline int action_id(Move m, int label) { return m == Move::shift ? 0 : (m == Move::left ? 1 : 2) + 2 * label; }
inline Move action_move(int a) { return a == 0 ? Move::shift : (a % 2 == 1 ? Move::left : Move::right); }
inline int action_label(int a) { return a == 0 ? -1 : (a - 1) / 2; }

// Parser configuration. Sized once for the longest sentence and reused, so
// parsing allocates nothing per word.
class ArcHybridState {
 public:
  // Starts a sentence of n words.
  void reset(int n);

  int n() const { return n_; }
  bool terminal() const { return buffer_ > n_ && stack_.size() == 1; }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  // i-th element from the top of the stack (0 = top), or -1.
  int stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - static_cast<std::size_t>(i)] : -1;
  }
  // i-th word of the buffer (0 = front), or -1.
  int buffer(int i) const { return buffer_ + i <= n_ ? buffer_ + i : -1; }
  int buffer_front() const { return buffer_; }

  bool can(Move m) const;
  void apply(Move m, int label);

  int head(int w) const { return head_[static_cast<std::size_t>(w)]; }
  int label(int w) const { return label_[static_cast<std::size_t>(w)]; }
  // Leftmost / second leftmost / rightmost / second rightmost dependents, or -1.
  int left1(int w) const { return w < 0 ? -1 : l1_[static_cast<std::size_t>(w)]; }
  int left2(int w) const { return w < 0 ? -1 : l2_[static_cast<std::size_t>(w)]; }
  int right1(int w) const { return w < 0 ? -1 : r1_[static_cast<std::size_t>(w)]; }
  int right2(int w) const { return w < 0 ? -1 : r2_[static_cast<std::size_t>(w)]; }
  int left_count(int w) const { return w < 0 ? 0 : nl_[static_cast<std::size_t>(w)]; }
  int right_count(int w) const { return w < 0 ? 0 : nr_[static_cast<std::size_t>(w)]; }

 private:
  void add_arc(int h, int d, int label);
  int n_ = 0, buffer_ = 1;
  std::vector<int> stack_, head_, label_, l1_, l2_, r1_, r2_, nl_, nr_;
};

// Costs of the three moves against a gold projective tree: the number of gold
// arcs that become unreachable (Goldberg & Nivre 2013, section 5). A wrong
// label on an otherwise correct arc costs 1 more; `label_cost_*` tells which
// label makes LEFT/RIGHT arc-correct (−1: no label is free of that cost).
struct MoveCosts {
  int shift = 0, left = 0, right = 0;
  int left_label = -1, right_label = -1;
};

// gold_head/gold_label are indexed by word (entry 0 unused). Cost of an
// impossible move is unspecified; check can() first.
MoveCosts move_costs(const ArcHybridState& s, std::span<const int> gold_head, std::span<const int> gold_label);

// The static oracle: the action that rebuilds the gold tree (LEFT before
// RIGHT before SHIFT when several are free). For a projective gold tree,
// following it from the initial state reproduces the tree exactly.
int static_oracle_action(const ArcHybridState& s, std::span<const int> gold_head, std::span<const int> gold_label);

}  // namespace kg::nlp
