#include "kg/nlp/arc_hybrid.h"

#include <algorithm>

namespace kg::nlp {

void ArcHybridState::reset(int n) {
  n_ = n;
  buffer_ = 1;
  auto size = static_cast<std::size_t>(n) + 1;
  // assign() keeps the capacity, so a state reused for shorter sentences does not allocate.
  stack_.clear();
  stack_.reserve(size);
  stack_.push_back(0);
  head_.assign(size, -1);
  label_.assign(size, -1);
  l1_.assign(size, -1);
  l2_.assign(size, -1);
  r1_.assign(size, -1);
  r2_.assign(size, -1);
  nl_.assign(size, 0);
  nr_.assign(size, 0);
}

bool ArcHybridState::can(Move m) const {
  switch (m) {
    case Move::shift:
      return buffer_ <= n_;
    case Move::left:  // the root never gets a head
      return buffer_ <= n_ && stack_.size() >= 2;
    case Move::right:  // attaching to the root ends the parse: only with an empty buffer
      return stack_.size() >= 3 || (stack_.size() == 2 && buffer_ > n_);
  }
  return false;
}

void ArcHybridState::add_arc(int h, int d, int label) {
  auto hi = static_cast<std::size_t>(h);
  head_[static_cast<std::size_t>(d)] = h;
  label_[static_cast<std::size_t>(d)] = label;
  if (d < h) {
    ++nl_[hi];
    if (l1_[hi] < 0 || d < l1_[hi]) {
      l2_[hi] = l1_[hi];
      l1_[hi] = d;
    } else if (l2_[hi] < 0 || d < l2_[hi]) {
      l2_[hi] = d;
    }
  } else {
    ++nr_[hi];
    if (r1_[hi] < 0 || d > r1_[hi]) {
      r2_[hi] = r1_[hi];
      r1_[hi] = d;
    } else if (r2_[hi] < 0 || d > r2_[hi]) {
      r2_[hi] = d;
    }
  }
}

void ArcHybridState::apply(Move m, int label) {
  switch (m) {
    case Move::shift:
      stack_.push_back(buffer_++);
      break;
    case Move::left:
      add_arc(buffer_, stack_.back(), label);
      stack_.pop_back();
      break;
    case Move::right:
      add_arc(stack_[stack_.size() - 2], stack_.back(), label);
      stack_.pop_back();
      break;
  }
}

MoveCosts move_costs(const ArcHybridState& s, std::span<const int> gold_head, std::span<const int> gold_label) {
  MoveCosts c;
  const int n = s.n(), b0 = s.buffer_front(), s0 = s.stack(0), s1 = s.stack(1);
  auto gh = [&](int w) { return gold_head[static_cast<std::size_t>(w)]; };
  auto gl = [&](int w) { return gold_label[static_cast<std::size_t>(w)]; };

  if (b0 <= n) {
    // SHIFT: b0 can no longer take a head from below s0, nor dependents from the stack.
    for (int i = 0; i < s.stack_size(); ++i) {
      int w = s.stack(i);
      if (i > 0 && gh(b0) == w) ++c.shift;
      if (w > 0 && gh(w) == b0) ++c.shift;
    }
  }
  if (s0 > 0) {
    // s0 is popped by LEFT or RIGHT: its dependents still in the buffer are lost.
    int deps_in_buffer = 0;
    bool head_in_rest = false;  // head in the buffer after b0
    for (int w = b0; w <= n; ++w) {
      if (gh(w) == s0) ++deps_in_buffer;
      if (w > b0 && gh(s0) == w) head_in_rest = true;
    }
    if (b0 <= n) {
      c.left = deps_in_buffer + (head_in_rest || (s1 >= 0 && gh(s0) == s1) ? 1 : 0);
      if (gh(s0) == b0) c.left_label = gl(s0);
    }
    c.right = deps_in_buffer + (head_in_rest || (b0 <= n && gh(s0) == b0) ? 1 : 0);
    if (s1 >= 0 && gh(s0) == s1) c.right_label = gl(s0);
  }
  return c;
}

int static_oracle_action(const ArcHybridState& s, std::span<const int> gold_head, std::span<const int> gold_label) {
  MoveCosts c = move_costs(s, gold_head, gold_label);
  if (s.can(Move::left) && c.left == 0 && c.left_label >= 0) return action_id(Move::left, c.left_label);
  if (s.can(Move::right) && c.right == 0 && c.right_label >= 0) return action_id(Move::right, c.right_label);
  if (s.can(Move::shift)) return action_id(Move::shift, -1);
  // Nothing is free (a non-projective tree): the cheapest move.
  if (s.can(Move::left) && (!s.can(Move::right) || c.left <= c.right)) return action_id(Move::left, std::max(c.left_label, 0));
  return action_id(Move::right, std::max(c.right_label, 0));
}

}  // namespace kg::nlp
