// Averaged perceptron shared by the tagger, the entity recogniser and the parser.
//
// Features are 64-bit hashes of a template id and its atoms (hashed strings,
// tag ids...), so the hot path never builds strings. Classes are small integer
// ids. Training state (current weights plus the sums needed for averaging)
// lives only in PerceptronTrainer; the PerceptronModel a component loads holds
// the averaged weights alone, quantised to 16 bits with one scale per model,
// in an open-addressing table sized at load time.
//
// Scores returned by PerceptronModel are in quantised units (multiply by
// scale() for the float values): the argmax is what matters.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/nlp/huge_pages.h"

namespace kg {
class ModelReader;
class ModelWriter;
}  // namespace kg

namespace kg::nlp {

// Stable 64-bit hash of a string (FNV-1a, then finalised). Models store
// features by these values, so this function must never change.
std::uint64_t hash_text(std::string_view s) noexcept;

// Avalanche mix of one 64-bit value (murmur3 finaliser).
constexpr std::uint64_t hash_mix(std::uint64_t x) noexcept {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// The hash of feature template `templ` applied to atoms a, b, c (unused atoms
// are 0; the template id keeps templates of different arity apart).
constexpr std::uint64_t feature_hash(std::uint32_t templ, std::uint64_t a, std::uint64_t b = 0,
                                     std::uint64_t c = 0) noexcept {
  std::uint64_t h = hash_mix((static_cast<std::uint64_t>(templ) + 1) * 0x9E3779B97F4A7C15ULL ^ a);
  h = hash_mix(h ^ (b + 0x632BE59BD9B4E019ULL));
  return hash_mix(h ^ (c + 0x8CB92BA72F3D8DD7ULL));
}

// Inference-only weights: feature hash -> sparse row of (class, weight).
class PerceptronModel {
 public:
  PerceptronModel() = default;

  int num_classes() const noexcept { return num_classes_; }
  std::size_t num_features() const noexcept { return keys_.size(); }
  std::size_t num_weights() const noexcept { return entries_.size(); }
  float scale() const noexcept { return scale_; }

  // scores[c] += quantised weight of (feature, c), for every class c it has.
  void add(std::uint64_t feature, float* scores) const noexcept {
    if (const Entry* r = row(feature)) add_row(r, scores);
  }

  // add() for each of the n features; the table and row loads of all the
  // features are issued before any is used, so their cache misses overlap.
  void add_all(const std::uint64_t* features, std::size_t n, float* scores) const noexcept;

  // scores[0..num_classes) = sum of the weights of the n features.
  void score(const std::uint64_t* features, std::size_t n, float* scores) const noexcept;

  // Index of the highest score among classes whose allowed[c] is true (all
  // classes when allowed is null); ties go to the lowest class id.
  static int best(const float* scores, int num_classes, const bool* allowed = nullptr) noexcept;

  void save(ModelWriter& out) const;
  // Throws kg::Error naming the field and byte offset of a bad payload.
  static PerceptronModel load(ModelReader& in);

 private:
  friend class PerceptronTrainer;
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  static constexpr std::uint16_t kLastFlag = 0x8000u;
  static constexpr std::uint16_t kClassMask = 0x7FFFu;
  struct Slot {
    std::uint32_t fp = 0;
    std::uint32_t start = kEmpty;
  };
  struct Entry {
    std::uint16_t cls;  // class id, kLastFlag set on the last entry of a row
    std::int16_t weight;
  };
  void build_table();
  // The weights of `feature` (its row in entries_), or null when it has none.
  const Entry* row(std::uint64_t feature) const noexcept {
    if (slots_.empty()) return nullptr;
    const std::uint32_t fp = static_cast<std::uint32_t>(feature >> 32);
    for (std::uint64_t i = feature & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.start == kEmpty) return nullptr;
      if (s.fp == fp) return &entries_[s.start];
    }
  }
  static void add_row(const Entry* e, float* scores) noexcept {
    for (;; ++e) {
      scores[e->cls & kClassMask] += static_cast<float>(e->weight);
      if (e->cls & kLastFlag) return;
    }
  }

  int num_classes_ = 0;
  float scale_ = 1.0f;
  std::vector<std::uint64_t> keys_;    // sorted feature hashes
  std::vector<std::uint32_t> starts_;  // row start in entries_, per key
  HugeVector<Entry> entries_;
  HugeVector<Slot> slots_;
  std::uint64_t mask_ = 0;
};

// Training state. Deterministic: no iteration in hash-map order reaches the
// exported model, and no randomness inside (callers shuffle with Shuffler).
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);

  int num_classes() const noexcept { return num_classes_; }
  std::size_t num_features() const noexcept { return rows_.size(); }

  // scores[0..num_classes) from the current (not averaged) weights.
  void score(const std::uint64_t* features, std::size_t n, float* scores) const;
  // Standard update: +1 for gold, -1 for guess (nothing when equal).
  void update(const std::uint64_t* features, std::size_t n, int gold, int guess);
  // Adds delta to the weight of class cls for each feature.
  void update(const std::uint64_t* features, std::size_t n, int cls, float delta);
  // Advances the averaging clock; call once per training decision.
  void tick() noexcept { ++clock_; }

  struct ExportOptions {
    // Averaged weights with a smaller magnitude are dropped (pruning).
    float min_abs_weight = 0.0f;
  };
  // The averaged, pruned and quantised model.
  PerceptronModel averaged(const ExportOptions& options) const;
  PerceptronModel averaged() const { return averaged(ExportOptions{}); }

 private:
  struct Cell {
    std::uint16_t cls;
    float weight;       // current weight
    double weighted;    // sum of clock * delta, for averaging (Daume's trick)
  };
  std::vector<Cell>& row(std::uint64_t feature);
  int num_classes_;
  std::uint64_t clock_ = 1;
  std::unordered_map<std::uint64_t, std::vector<Cell>> rows_;
};

// Portable seeded shuffling (std::shuffle's output differs between standard
// libraries, which would break "same seed, same model bytes").
class Shuffler {
 public:
  explicit Shuffler(std::uint64_t seed) noexcept : state_(seed ^ 0x9E3779B97F4A7C15ULL) {}
  std::uint64_t next() noexcept;  // splitmix64
  template <class T>
  void shuffle(std::vector<T>& v) noexcept {
    for (std::size_t i = v.size(); i > 1; --i) {
      std::size_t j = static_cast<std::size_t>(next() % i);
      std::swap(v[i - 1], v[j]);
    }
  }

 private:
  std::uint64_t state_;
};

}  // namespace kg::nlp
