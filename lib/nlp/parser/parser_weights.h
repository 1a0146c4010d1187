// Weights of the parser's averaged perceptron: sparse rows, one per hashed
// feature, each holding only the actions that feature was ever updated for
// (most features only ever meet a handful of the ~100 actions).
//
// TrainingWeights keeps the running weights plus the totals needed for
// averaging (Collins 2002; the lazy "timestamp" trick); only the trainer uses
// it. CompactWeights is what a loaded model holds: averaged weights pruned of
// tiny values and quantised to int16 with one scale, in one open-addressing
// table, so scoring is a probe plus a short contiguous loop per feature.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "kg/base/model_file.h"
#include "kg/nlp/huge_pages.h"

namespace kg::nlp::parser_detail {

class CompactWeights {
 public:
  // scores[a] += weight(f, a) for every feature f (scores are in quantised
  // units); `scores` must hold score_size() entries (the action count padded
  // for vector adds).
  std::size_t score_size() const { return padded_; }
  void score(std::span<const std::uint64_t> features, std::span<std::int32_t> scores) const;
  // A copy without the weights below `min_abs` (in weight units), and
  // without the features left with no weight.
  CompactWeights pruned(float min_abs) const;
  void save(ModelWriter& w) const;
  static CompactWeights load(ModelReader& r, int action_count);
  std::size_t feature_count() const { return keys_.size(); }
  std::size_t entry_count() const { return entries_.size() + dense_.size(); }
  float scale() const { return scale_; }

 private:
  friend class TrainingWeights;
  // Rows as saved: one key and length per feature; a sparse row's (action,
  // weight) pairs follow the previous sparse row's in entries_; a
  // row with weights for many actions (tag features meet them all) is stored
  // densely (count == kDense), padded_ weights per row in dense_, and added
  // with vector instructions.
  static constexpr std::uint32_t kDense = 0xFFFFFFFFu;
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> counts_;
  struct Entry {
    std::uint16_t action;
    std::int16_t weight;
  };
  HugeVector<Entry> entries_;
  HugeVector<std::int16_t> dense_;
  std::size_t padded_ = 0;
  float scale_ = 1;

  // The lookup table built from the rows. A 16-byte slot holds the upper
  // half of the key (the lower half chose the slot) and either the row's
  // weights themselves when it has at most kInlineWeights (no second memory
  // access), or where its row starts (`info` low bits; inline_[0].action =
  // length of a sparse row). (32-byte slots with six weights parsed ~10 %
  // faster but took 64 MB more memory and longer to load.)
  static constexpr std::uint32_t kInlineWeights = 2;
  struct Slot {
    std::uint32_t fp = 0, info = 0;  // info 0 = empty slot; top two bits = kind
    Entry inline_[kInlineWeights] = {};
  };
  HugeVector<Slot> table_;
  // Builds table_; returns the index of a duplicated key, or -1.
  std::ptrdiff_t build_table();
};

class TrainingWeights {
 public:
  explicit TrainingWeights(int action_count) : actions_(action_count) {}
  void score(std::span<const std::uint64_t> features, std::span<float> scores) const;
  void update(std::span<const std::uint64_t> features, int action, float delta);
  // Counts one training instance (the clock of the averaging).
  void tick() { ++clock_; }
  // Averaged weights; entries with |w| < prune (in weight units) are dropped.
  CompactWeights average(float prune) const;

 private:
  struct Entry {
    std::uint16_t action;
    float weight;
    double total;
    std::int64_t stamp;
  };
  std::uint32_t find(std::uint64_t key) const;  // row index or UINT32_MAX
  std::uint32_t insert(std::uint64_t key);
  void grow();
  int actions_;
  std::int64_t clock_ = 0;
  std::vector<std::uint64_t> keys_;   // open addressing, 0 = empty
  std::vector<std::uint32_t> rows_of_;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace kg::nlp::parser_detail
