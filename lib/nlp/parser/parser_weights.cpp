#include "parser_weights.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <cstdint>
#include <limits>
#include <numeric>

namespace kg::nlp::parser_detail {
namespace {

constexpr std::uint32_t kMissing = std::numeric_limits<std::uint32_t>::max();

// Feature keys have their lowest bit set (0 marks an empty slot), so the slot
// comes from the higher bits.
inline std::size_t slot_of(std::uint64_t key, std::size_t mask) { return static_cast<std::size_t>(key >> 1) & mask; }

constexpr std::size_t kLanes = 16;
std::size_t padded_size(int actions) { return (static_cast<std::size_t>(actions) + kLanes - 1) / kLanes * kLanes; }

// scores[0..n) += w[0..n), n a multiple of kLanes, with GCC vector types so
// that it compiles to SIMD adds on any target; an AVX2 clone (chosen at load
// time on CPUs that have it) widens and adds 8 weights per instruction.
__attribute__((target_clones("avx2", "default"))) void add_dense(const std::int16_t* w, std::int32_t* scores, std::size_t n) {
  using v8hi = std::int16_t __attribute__((vector_size(16)));
  using v8si = std::int32_t __attribute__((vector_size(32)));
  for (std::size_t j = 0; j < n; j += 8) {
    v8hi wv;
    v8si sv;
    std::memcpy(&wv, w + j, sizeof wv);
    std::memcpy(&sv, scores + j, sizeof sv);
    sv += __builtin_convertvector(wv, v8si);
    std::memcpy(scores + j, &sv, sizeof sv);
  }
}

std::size_t table_size_for(std::size_t n) { return std::bit_ceil(std::max<std::size_t>(16, n * 2)); }

// A lookup slot's kind (top two bits of Slot::info) and index (the rest).
constexpr std::uint32_t kKindShift = 30;
constexpr std::uint32_t kInline = 1u << kKindShift, kSparse = 2u << kKindShift, kDenseRow = 3u << kKindShift;
constexpr std::uint32_t kKindMask = 3u << kKindShift, kIndexMask = ~kKindMask;

inline std::uint32_t fingerprint(std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32); }

}  // namespace

std::ptrdiff_t CompactWeights::build_table() {
  table_.assign(table_size_for(keys_.size()), Slot{});
  const std::size_t mask = table_.size() - 1;
  // Which row each slot holds, only while building: tells a duplicated key
  // from two keys that merely share their upper half.
  std::vector<std::uint32_t> row_of(table_.size(), 0);
  std::uint32_t begin = 0, dense_row = 0;
  for (std::size_t k = 0; k < keys_.size(); ++k) {
    const std::uint64_t key = keys_[k];
    Slot s;
    s.fp = fingerprint(key);
    const std::uint32_t count = counts_[k];
    if (count == kDense) {
      s.info = kDenseRow | dense_row++;
    } else if (count <= kInlineWeights) {
      s.info = kInline | count;
      for (std::uint32_t j = 0; j < count; ++j) s.inline_[j] = entries_[begin + j];
      begin += count;
    } else {
      s.info = kSparse | begin;
      s.inline_[0].action = static_cast<std::uint16_t>(count);
      begin += count;
    }
    std::size_t i = slot_of(key, mask);
    for (; table_[i].info != 0; i = (i + 1) & mask)
      if (table_[i].fp == s.fp && keys_[row_of[i]] == key) return static_cast<std::ptrdiff_t>(k);
    table_[i] = s;
    row_of[i] = static_cast<std::uint32_t>(k);
  }
  return -1;
}

void CompactWeights::score(std::span<const std::uint64_t> features, std::span<std::int32_t> scores) const {
  if (table_.empty()) return;
  const std::size_t mask = table_.size() - 1;
  // The table is far larger than the caches: slot loads are prefetched 24
  // features ahead (all ~110 at once overflowed the core's miss queue: 7 %
  // slower; 12 and 40 ahead were slower too), and each found row's lines are
  // prefetched before any row is read, so the misses overlap instead of
  // queueing. Rows of one or two weights are in the slot itself.
  constexpr std::size_t kAhead = 24;
  for (std::size_t k = 0; k < std::min(kAhead, features.size()); ++k) __builtin_prefetch(&table_[slot_of(features[k], mask)]);
  constexpr std::size_t kBatch = 256;
  const Slot* found[kBatch];
  const std::size_t dense_bytes = padded_ * sizeof(std::int16_t);
  for (std::size_t start = 0; start < features.size(); start += kBatch) {
    const std::size_t end = std::min(features.size(), start + kBatch);
    std::size_t nfound = 0;
    for (std::size_t k = start; k < end; ++k) {
      if (k + kAhead < features.size()) __builtin_prefetch(&table_[slot_of(features[k + kAhead], mask)]);
      const std::uint64_t f = features[k];
      const std::uint32_t fp = fingerprint(f);
      for (std::size_t i = slot_of(f, mask);; i = (i + 1) & mask) {
        const Slot& s = table_[i];
        if (s.info == 0) break;
        if (s.fp != fp) continue;
        switch (s.info & kKindMask) {
          case kInline:
            for (std::uint32_t j = 0; j < (s.info & kIndexMask); ++j) scores[s.inline_[j].action] += s.inline_[j].weight;
            break;
          case kSparse: {
            // A row of up to ~50 four-byte weights spans one to four cache lines.
            const char* row = reinterpret_cast<const char*>(entries_.data() + (s.info & kIndexMask));
            const char* row_end = row + std::size_t{s.inline_[0].action} * sizeof(Entry);
            for (const char* p = row; p < row_end; p += 64) __builtin_prefetch(p);
            __builtin_prefetch(row_end - 1);
            found[nfound++] = &s;
            break;
          }
          default: {
            const char* row = reinterpret_cast<const char*>(dense_.data() + std::size_t{s.info & kIndexMask} * padded_);
            for (std::size_t b = 0; b < dense_bytes; b += 64) __builtin_prefetch(row + b);
            found[nfound++] = &s;
          }
        }
        break;
      }
    }
    for (std::size_t k = 0; k < nfound; ++k) {
      const Slot& s = *found[k];
      const std::size_t index = s.info & kIndexMask;
      if ((s.info & kKindMask) == kDenseRow) {
        add_dense(dense_.data() + index * padded_, scores.data(), padded_);
        continue;
      }
      const Entry* e = entries_.data() + index;
      for (std::uint32_t j = 0; j < s.inline_[0].action; ++j) scores[e[j].action] += e[j].weight;
    }
  }
}

CompactWeights CompactWeights::pruned(float min_abs) const {
  CompactWeights cw;
  cw.padded_ = padded_;
  cw.scale_ = scale_;
  const auto min_q = static_cast<int>(std::ceil(min_abs / scale_));
  struct Row {
    std::uint64_t key;
    std::uint32_t begin, count;
  };
  std::vector<Row> rows;
  std::uint32_t begin = 0, dense_row = 0;
  for (std::size_t k = 0; k < keys_.size(); ++k) {
    if (counts_[k] == kDense) {
      rows.push_back(Row{keys_[k], dense_row++, kDense});
    } else {
      rows.push_back(Row{keys_[k], begin, counts_[k]});
      begin += counts_[k];
    }
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
  std::vector<std::pair<std::uint16_t, std::int16_t>> tmp;
  for (const Row& r : rows) {
    tmp.clear();
    if (r.count == kDense) {
      const std::int16_t* w = dense_.data() + std::size_t{r.begin} * padded_;
      for (std::size_t a = 0; a < padded_; ++a)
        if (w[a] != 0 && std::abs(int{w[a]}) >= min_q) tmp.emplace_back(static_cast<std::uint16_t>(a), w[a]);
    } else {
      for (std::uint32_t j = 0; j < r.count; ++j)
        if (const Entry& e = entries_[r.begin + j]; std::abs(int{e.weight}) >= min_q) tmp.emplace_back(e.action, e.weight);
    }
    if (tmp.empty()) continue;
    cw.keys_.push_back(r.key);
    if (tmp.size() * 4 >= padded_) {
      const std::size_t row = cw.dense_.size() / padded_;
      cw.dense_.resize(cw.dense_.size() + padded_, 0);
      for (auto [a, w] : tmp) cw.dense_[row * padded_ + a] = w;
      cw.counts_.push_back(kDense);
      continue;
    }
    cw.counts_.push_back(static_cast<std::uint32_t>(tmp.size()));
    for (auto [a, w] : tmp) cw.entries_.push_back(Entry{a, w});
  }
  cw.build_table();  // keys come from this model: no duplicates
  return cw;
}

void CompactWeights::save(ModelWriter& w) const {
  // Sparse rows first, then dense rows, each in storage order.
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> counts;
  keys.reserve(keys_.size());
  counts.reserve(keys_.size());
  for (int dense = 0; dense < 2; ++dense)
    for (std::size_t k = 0; k < keys_.size(); ++k)
      if ((counts_[k] == kDense) == (dense == 1)) keys.push_back(keys_[k]), counts.push_back(counts_[k]);
  std::vector<std::uint16_t> actions(entries_.size());
  std::vector<std::int16_t> weights(entries_.size());
  for (std::size_t i = 0; i < entries_.size(); ++i) actions[i] = entries_[i].action, weights[i] = entries_[i].weight;
  w.f32(scale_);
  w.array(keys);
  w.array(counts);
  w.array(actions);
  w.array(weights);
  w.array(dense_);
}

CompactWeights CompactWeights::load(ModelReader& r, int action_count) {
  CompactWeights cw;
  cw.scale_ = r.f32("weight scale");
  if (!(cw.scale_ > 0) || !std::isfinite(cw.scale_)) r.fail("weight scale", "not a positive number");
  cw.keys_ = r.array<std::uint64_t>("feature keys");
  cw.counts_ = r.array<std::uint32_t>("feature row lengths");
  {
    auto a = r.array<std::uint16_t>("weight actions");
    auto w = r.array<std::int16_t>("weights");
    if (w.size() != a.size()) r.fail("weights", "count differs from the number of weight actions");
    for (std::uint16_t x : a)
      if (x >= action_count) r.fail("weight actions", "action id out of range");
    cw.entries_.resize(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) cw.entries_[i] = Entry{a[i], w[i]};
  }
  {
    auto d = r.array<std::int16_t>("dense weights");
    cw.dense_.assign(d.begin(), d.end());
  }
  cw.padded_ = padded_size(action_count);
  if (cw.dense_.size() % cw.padded_ != 0) r.fail("dense weights", "not a whole number of rows");
  if (cw.counts_.size() != cw.keys_.size()) r.fail("feature row lengths", "count differs from the number of feature keys");
  if (cw.entries_.size() >= kIndexMask) r.fail("weight actions", "too many weights");
  std::uint64_t total = 0, dense_rows = 0;
  for (std::uint32_t c : cw.counts_) {
    if (c != kDense && c > static_cast<std::uint32_t>(action_count)) r.fail("feature row lengths", "row longer than the action count");
    c == kDense ? ++dense_rows : total += c;
  }
  if (total != cw.entries_.size()) r.fail("feature row lengths", "rows do not add up to the number of weights");
  if (dense_rows * cw.padded_ != cw.dense_.size()) r.fail("dense weights", "size differs from the number of dense rows");
  for (std::uint64_t k : cw.keys_)
    if (k == 0) r.fail("feature keys", "zero key");
  if (cw.build_table() >= 0) r.fail("feature keys", "duplicate key");
  return cw;
}

std::uint32_t TrainingWeights::find(std::uint64_t key) const {
  if (keys_.empty()) return kMissing;
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t i = slot_of(key, mask);; i = (i + 1) & mask) {
    if (keys_[i] == key) return rows_of_[i];
    if (keys_[i] == 0) return kMissing;
  }
}

void TrainingWeights::grow() {
  std::vector<std::uint64_t> old_keys = std::move(keys_);
  std::vector<std::uint32_t> old_rows = std::move(rows_of_);
  keys_.assign(table_size_for(std::max<std::size_t>(rows_.size() * 2, 1024)), 0);
  rows_of_.assign(keys_.size(), 0);
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t j = 0; j < old_keys.size(); ++j) {
    if (!old_keys[j]) continue;
    std::size_t i = slot_of(old_keys[j], mask);
    while (keys_[i]) i = (i + 1) & mask;
    keys_[i] = old_keys[j];
    rows_of_[i] = old_rows[j];
  }
}

std::uint32_t TrainingWeights::insert(std::uint64_t key) {
  if ((rows_.size() + 1) * 2 > keys_.size()) grow();
  const std::size_t mask = keys_.size() - 1;
  std::size_t i = slot_of(key, mask);
  while (keys_[i] && keys_[i] != key) i = (i + 1) & mask;
  if (keys_[i] == key) return rows_of_[i];
  keys_[i] = key;
  rows_of_[i] = static_cast<std::uint32_t>(rows_.size());
  rows_.emplace_back();
  return rows_of_[i];
}

void TrainingWeights::score(std::span<const std::uint64_t> features, std::span<float> scores) const {
  if (keys_.empty()) return;
  // Three dependent loads per feature (slot, row header, row); issue each
  // level for all features before using it, so the cache misses overlap.
  const std::size_t mask = keys_.size() - 1;
  for (std::uint64_t f : features) __builtin_prefetch(&keys_[slot_of(f, mask)]);
  constexpr std::size_t kBatch = 256;
  std::uint32_t found[kBatch];
  for (std::size_t start = 0; start < features.size(); start += kBatch) {
    const std::size_t end = std::min(features.size(), start + kBatch);
    std::size_t n = 0;
    for (std::size_t k = start; k < end; ++k) {
      std::uint32_t r = find(features[k]);
      if (r == kMissing) continue;
      __builtin_prefetch(&rows_[r]);
      found[n++] = r;
    }
    for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(rows_[found[k]].data());
    for (std::size_t k = 0; k < n; ++k)
      for (const Entry& e : rows_[found[k]]) scores[e.action] += e.weight;
  }
}

void TrainingWeights::update(std::span<const std::uint64_t> features, int action, float delta) {
  for (std::uint64_t f : features) {
    auto& row = rows_[insert(f)];
    auto it = std::find_if(row.begin(), row.end(), [&](const Entry& e) { return e.action == action; });
    if (it == row.end()) {
      row.push_back(Entry{static_cast<std::uint16_t>(action), 0.0f, 0.0, clock_});
      it = row.end() - 1;
    }
    it->total += static_cast<double>(it->weight) * static_cast<double>(clock_ - it->stamp);
    it->stamp = clock_;
    it->weight += delta;
  }
}

CompactWeights TrainingWeights::average(float prune) const {
  const double now = static_cast<double>(std::max<std::int64_t>(clock_, 1));
  auto avg = [&](const Entry& e) {
    return (e.total + static_cast<double>(e.weight) * static_cast<double>(clock_ - e.stamp)) / now;
  };
  double max_abs = 0;
  for (const auto& row : rows_)
    for (const Entry& e : row) max_abs = std::max(max_abs, std::abs(avg(e)));
  CompactWeights cw;
  cw.padded_ = padded_size(actions_);
  cw.scale_ = max_abs > 0 ? static_cast<float>(max_abs / 32767.0) : 1.0f;
  // Rows in key order, so that the output does not depend on insertion history.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order;
  for (std::size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i]) order.emplace_back(keys_[i], rows_of_[i]);
  std::sort(order.begin(), order.end());
  std::vector<std::pair<std::uint16_t, std::int16_t>> tmp;
  for (auto [key, r] : order) {
    tmp.clear();
    for (const Entry& e : rows_[r]) {
      double a = avg(e);
      if (std::abs(a) < prune) continue;
      auto q = static_cast<long>(std::lround(a / static_cast<double>(cw.scale_)));
      if (q == 0) continue;
      tmp.emplace_back(e.action, static_cast<std::int16_t>(std::clamp(q, -32767L, 32767L)));
    }
    if (tmp.empty()) continue;
    cw.keys_.push_back(key);
    if (tmp.size() * 4 >= static_cast<std::size_t>(actions_)) {
      const std::size_t row = cw.dense_.size() / cw.padded_;
      cw.dense_.resize(cw.dense_.size() + cw.padded_, 0);
      for (auto [a, w] : tmp) cw.dense_[row * cw.padded_ + a] = w;
      cw.counts_.push_back(CompactWeights::kDense);
      continue;
    }
    std::sort(tmp.begin(), tmp.end());
    cw.counts_.push_back(static_cast<std::uint32_t>(tmp.size()));
    for (auto [a, w] : tmp) cw.entries_.push_back(CompactWeights::Entry{a, w});
  }
  cw.build_table();  // keys are distinct (they come from a hash table)
  return cw;
}

}  // namespace kg::nlp::parser_detail
