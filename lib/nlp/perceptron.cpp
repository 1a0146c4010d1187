#include "kg/nlp/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "kg/base/model_file.h"

namespace kg::nlp {

std::uint64_t hash_text(std::string_view s) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return hash_mix(h ^ s.size());
}

void PerceptronModel::add_all(const std::uint64_t* features, std::size_t n, float* scores) const noexcept {
  if (slots_.empty()) return;
  for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(&slots_[features[k] & mask_]);
  constexpr std::size_t kBatch = 64;
  const Entry* rows[kBatch];
  for (std::size_t start = 0; start < n; start += kBatch) {
    const std::size_t end = std::min(n, start + kBatch);
    std::size_t found = 0;
    for (std::size_t k = start; k < end; ++k)
      if (const Entry* r = row(features[k])) {
        __builtin_prefetch(r);
        rows[found++] = r;
      }
    for (std::size_t k = 0; k < found; ++k) add_row(rows[k], scores);
  }
}

void PerceptronModel::score(const std::uint64_t* features, std::size_t n, float* scores) const noexcept {
  std::fill(scores, scores + num_classes_, 0.0f);
  add_all(features, n, scores);
}

int PerceptronModel::best(const float* scores, int num_classes, const bool* allowed) noexcept {
  int best = -1;
  for (int c = 0; c < num_classes; ++c) {
    if (allowed && !allowed[c]) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best < 0 ? 0 : best;
}

void PerceptronModel::build_table() {
  std::size_t cap = 16;
  while (cap < keys_.size() * 2) cap <<= 1;  // load factor <= 0.5: short probe chains
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  for (std::size_t k = 0; k < keys_.size(); ++k) {
    std::uint64_t i = keys_[k] & mask_;
    while (slots_[i].start != kEmpty) i = (i + 1) & mask_;
    slots_[i].fp = static_cast<std::uint32_t>(keys_[k] >> 32);
    slots_[i].start = starts_[k];
  }
}

void PerceptronModel::save(ModelWriter& out) const {
  out.str("perceptron");
  out.u32(static_cast<std::uint32_t>(num_classes_));
  out.f32(scale_);
  out.array(keys_);
  out.array(starts_);
  out.array(entries_);
}

PerceptronModel PerceptronModel::load(ModelReader& in) {
  PerceptronModel m;
  if (in.str("perceptron tag") != "perceptron") in.fail("perceptron tag", "expected perceptron weights");
  std::uint32_t nc = in.u32("perceptron classes");
  if (nc == 0 || nc > kClassMask) in.fail("perceptron classes", "bad number of classes");
  m.num_classes_ = static_cast<int>(nc);
  m.scale_ = in.f32("perceptron scale");
  if (!std::isfinite(m.scale_) || m.scale_ <= 0) in.fail("perceptron scale", "bad weight scale");
  m.keys_ = in.array<std::uint64_t>("perceptron keys");
  m.starts_ = in.array<std::uint32_t>("perceptron row starts");
  if (m.starts_.size() != m.keys_.size()) in.fail("perceptron row starts", "count differs from the number of features");
  {
    auto entries = in.array<Entry>("perceptron weights");
    m.entries_.assign(entries.begin(), entries.end());
  }
  // Every row must lie inside entries_, end with the last-flag, and name valid classes,
  // or add() would read out of bounds.
  for (std::size_t k = 0; k < m.keys_.size(); ++k) {
    if (k > 0 && m.keys_[k] <= m.keys_[k - 1]) in.fail("perceptron keys", "features not sorted or duplicated");
    std::size_t i = m.starts_[k];
    for (;; ++i) {
      if (i >= m.entries_.size()) in.fail("perceptron weights", "row runs past the end of the weights");
      if ((m.entries_[i].cls & kClassMask) >= nc) in.fail("perceptron weights", "class id out of range");
      if (m.entries_[i].cls & kLastFlag) break;
    }
  }
  m.build_table();
  return m;
}

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {
  rows_.reserve(1 << 16);
}

std::vector<PerceptronTrainer::Cell>& PerceptronTrainer::row(std::uint64_t feature) { return rows_[feature]; }

void PerceptronTrainer::score(const std::uint64_t* features, std::size_t n, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (std::size_t i = 0; i < n; ++i) {
    auto it = rows_.find(features[i]);
    if (it == rows_.end()) continue;
    for (const Cell& c : it->second) scores[c.cls] += c.weight;
  }
}

void PerceptronTrainer::update(const std::uint64_t* features, std::size_t n, int gold, int guess) {
  if (gold == guess) return;
  update(features, n, gold, 1.0f);
  update(features, n, guess, -1.0f);
}

void PerceptronTrainer::update(const std::uint64_t* features, std::size_t n, int cls, float delta) {
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<Cell>& r = row(features[i]);
    auto it = std::find_if(r.begin(), r.end(), [&](const Cell& c) { return c.cls == cls; });
    if (it == r.end()) it = r.insert(r.end(), Cell{static_cast<std::uint16_t>(cls), 0.0f, 0.0});
    it->weight += delta;
    it->weighted += static_cast<double>(clock_) * delta;
  }
}

PerceptronModel PerceptronTrainer::averaged(const ExportOptions& options) const {
  std::vector<std::uint64_t> keys;
  keys.reserve(rows_.size());
  for (const auto& kv : rows_) keys.push_back(kv.first);
  std::sort(keys.begin(), keys.end());

  // Averaged weight = w - (sum of clock * delta) / clock.
  auto avg = [&](const Cell& c) { return static_cast<double>(c.weight) - c.weighted / static_cast<double>(clock_); };
  double max_abs = 0;
  for (const auto& kv : rows_)
    for (const Cell& c : kv.second) max_abs = std::max(max_abs, std::fabs(avg(c)));
  PerceptronModel m;
  m.num_classes_ = num_classes_;
  m.scale_ = max_abs > 0 ? static_cast<float>(max_abs / 32767.0) : 1.0f;
  const double min_abs = std::max<double>(options.min_abs_weight, 0.5 * m.scale_);
  std::vector<Cell> cells;
  for (std::uint64_t k : keys) {
    cells = rows_.at(k);
    std::sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) { return a.cls < b.cls; });
    std::size_t first = m.entries_.size();
    for (const Cell& c : cells) {
      double a = avg(c);
      if (std::fabs(a) < min_abs) continue;
      long q = std::lround(a / m.scale_);
      q = std::clamp(q, -32767L, 32767L);
      if (q == 0) continue;
      m.entries_.push_back({c.cls, static_cast<std::int16_t>(q)});
    }
    if (m.entries_.size() == first) continue;
    m.entries_.back().cls |= PerceptronModel::kLastFlag;
    m.keys_.push_back(k);
    m.starts_.push_back(static_cast<std::uint32_t>(first));
  }
  m.build_table();
  return m;
}

std::uint64_t Shuffler::next() noexcept {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

}  // namespace kg::nlp
