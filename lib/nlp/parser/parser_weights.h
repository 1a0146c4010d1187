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

namespace kg::nlp::parser_detail {

class CompactWeights {
 public:
  // scores[a] += weight(f, a) for every feature f (scores are in quantised
  // units); `scores` must hold score_size() entries (the action count padded
  // for vector adds).
  std::size_t score_size() const { return padded_; }
  void score(std::span<const std::uint64_t> features, std::span<std::int32_t> scores) const;
  void save(ModelWriter& w) const;
  static CompactWeights load(ModelReader& r, int action_count);
  std::size_t feature_count() const { return used_; }
  std::size_t entry_count() const { return action_.size() + dense_.size(); }
  float scale() const { return scale_; }

 private:
  friend class TrainingWeights;
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t begin = 0, count = 0;
  };
  std::vector<Slot> table_;  // size a power of two, key 0 = empty
  // Sparse rows: (action, weight) pairs at [begin, begin + count).
  std::vector<std::uint16_t> action_;
  std::vector<std::int16_t> weight_;
  // Rows that hold weights for many actions (tag features meet them all)
  // are stored densely and added with vector instructions: count == kDense,
  // begin = row number in dense_ (rows of padded_ weights).
  static constexpr std::uint32_t kDense = 0xFFFFFFFFu;
  std::vector<std::int16_t> dense_;
  std::size_t padded_ = 0;
  std::size_t used_ = 0;
  float scale_ = 1;
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
