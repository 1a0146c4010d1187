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
// that it compiles to SIMD adds on any target.
void add_dense(const std::int16_t* w, std::int32_t* scores, std::size_t n) {
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

}  // namespace

void CompactWeights::score(std::span<const std::uint64_t> features, std::span<std::int32_t> scores) const {
  if (table_.empty()) return;
  const std::size_t mask = table_.size() - 1;
  // The table is far larger than the caches: issue every slot load first,
  // then every row load, so the misses overlap instead of queueing.
  for (std::uint64_t f : features) __builtin_prefetch(&table_[slot_of(f, mask)]);
  constexpr std::size_t kBatch = 256;
  const Slot* found[kBatch];
  for (std::size_t start = 0; start < features.size(); start += kBatch) {
    const std::size_t end = std::min(features.size(), start + kBatch);
    std::size_t nfound = 0;
    for (std::size_t k = start; k < end; ++k) {
      const std::uint64_t f = features[k];
      for (std::size_t i = slot_of(f, mask);; i = (i + 1) & mask) {
        const Slot& s = table_[i];
        if (s.key == f) {
          if (s.count == kDense) {
            __builtin_prefetch(dense_.data() + std::size_t{s.begin} * padded_);
          } else {
            __builtin_prefetch(action_.data() + s.begin);
            __builtin_prefetch(weight_.data() + s.begin);
          }
          found[nfound++] = &s;
          break;
        }
        if (s.key == 0) break;
      }
    }
    for (std::size_t k = 0; k < nfound; ++k) {
      if (found[k]->count == kDense) {
        add_dense(dense_.data() + std::size_t{found[k]->begin} * padded_, scores.data(), padded_);
        continue;
      }
      const std::uint16_t* a = action_.data() + found[k]->begin;
      const std::int16_t* w = weight_.data() + found[k]->begin;
      for (std::uint32_t j = 0; j < found[k]->count; ++j) scores[a[j]] += w[j];
    }
  }
}

void CompactWeights::save(ModelWriter& w) const {
  // Rows in storage order: key and length; the table is rebuilt at load.
  std::vector<const Slot*> rows;
  for (const Slot& s : table_)
    if (s.key) rows.push_back(&s);
  std::sort(rows.begin(), rows.end(), [](const Slot* a, const Slot* b) {
    return std::pair(a->count == kDense, a->begin) < std::pair(b->count == kDense, b->begin);
  });
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> counts;
  for (const Slot* s : rows) keys.push_back(s->key), counts.push_back(s->count);
  w.f32(scale_);
  w.array(keys);
  w.array(counts);
  w.array(action_);
  w.array(weight_);
  w.array(dense_);
}

CompactWeights CompactWeights::load(ModelReader& r, int action_count) {
  CompactWeights cw;
  cw.scale_ = r.f32("weight scale");
  if (!(cw.scale_ > 0) || !std::isfinite(cw.scale_)) r.fail("weight scale", "not a positive number");
  auto keys = r.array<std::uint64_t>("feature keys");
  auto counts = r.array<std::uint32_t>("feature row lengths");
  cw.action_ = r.array<std::uint16_t>("weight actions");
  cw.weight_ = r.array<std::int16_t>("weights");
  cw.dense_ = r.array<std::int16_t>("dense weights");
  cw.padded_ = padded_size(action_count);
  if (cw.dense_.size() % cw.padded_ != 0) r.fail("dense weights", "not a whole number of rows");
  if (counts.size() != keys.size()) r.fail("feature row lengths", "count differs from the number of feature keys");
  if (cw.weight_.size() != cw.action_.size()) r.fail("weights", "count differs from the number of weight actions");
  std::uint64_t total = 0, dense_rows = 0;
  for (std::uint32_t c : counts) c == kDense ? ++dense_rows : total += c;
  if (total != cw.action_.size()) r.fail("feature row lengths", "rows do not add up to the number of weights");
  if (dense_rows * cw.padded_ != cw.dense_.size()) r.fail("dense weights", "size differs from the number of dense rows");
  for (std::uint16_t a : cw.action_)
    if (a >= action_count) r.fail("weight actions", "action id out of range");
  cw.table_.assign(table_size_for(keys.size()), Slot{});
  const std::size_t mask = cw.table_.size() - 1;
  std::uint32_t begin = 0, dense_row = 0;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (keys[k] == 0) r.fail("feature keys", "zero key");
    std::size_t i = slot_of(keys[k], mask);
    while (cw.table_[i].key != 0) {
      if (cw.table_[i].key == keys[k]) r.fail("feature keys", "duplicate key");
      i = (i + 1) & mask;
    }
    if (counts[k] == kDense) {
      cw.table_[i] = Slot{keys[k], dense_row++, kDense};
    } else {
      cw.table_[i] = Slot{keys[k], begin, counts[k]};
      begin += counts[k];
    }
  }
  cw.used_ = keys.size();
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
  struct Kept {
    std::uint64_t key;
    std::uint32_t begin, count;
  };
  std::vector<Kept> kept;
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
    if (tmp.size() * 4 >= static_cast<std::size_t>(actions_)) {
      const std::size_t row = cw.dense_.size() / cw.padded_;
      cw.dense_.resize(cw.dense_.size() + cw.padded_, 0);
      for (auto [a, w] : tmp) cw.dense_[row * cw.padded_ + a] = w;
      kept.push_back(Kept{key, static_cast<std::uint32_t>(row), CompactWeights::kDense});
      continue;
    }
    std::sort(tmp.begin(), tmp.end());
    kept.push_back(Kept{key, static_cast<std::uint32_t>(cw.action_.size()), static_cast<std::uint32_t>(tmp.size())});
    for (auto [a, w] : tmp) cw.action_.push_back(a), cw.weight_.push_back(w);
  }
  cw.table_.assign(table_size_for(kept.size()), CompactWeights::Slot{});
  const std::size_t mask = cw.table_.size() - 1;
  for (const Kept& k : kept) {
    std::size_t i = slot_of(k.key, mask);
    while (cw.table_[i].key) i = (i + 1) & mask;
    cw.table_[i] = CompactWeights::Slot{k.key, k.begin, k.count};
  }
  cw.used_ = kept.size();
  return cw;
}

}  // namespace kg::nlp::parser_detail
