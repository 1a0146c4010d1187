// A read-only map from a 64-bit word hash to a small value, for lexicons that
// are looked up once per token: one probe into a flat array, no strings.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

namespace kg::nlp {

template <class V>
class WordTable {
 public:
  WordTable() = default;
  // Duplicate keys keep the first value.
  explicit WordTable(const std::vector<std::pair<std::uint64_t, V>>& items) {
    std::size_t cap = 16;
    while (cap < items.size() * 2) cap <<= 1;
    keys_.assign(cap, 0);
    values_.assign(cap, V{});
    used_.assign(cap, 0);
    mask_ = cap - 1;
    for (const auto& [k, v] : items) {
      std::uint64_t i = k & mask_;
      while (used_[i] && keys_[i] != k) i = (i + 1) & mask_;
      if (used_[i]) continue;
      used_[i] = 1;
      keys_[i] = k;
      values_[i] = v;
    }
  }
  // The value stored for key, or null.
  const V* find(std::uint64_t key) const noexcept {
    if (keys_.empty()) return nullptr;
    for (std::uint64_t i = key & mask_;; i = (i + 1) & mask_) {
      if (!used_[i]) return nullptr;
      if (keys_[i] == key) return &values_[i];
    }
  }

 private:
  std::vector<std::uint64_t> keys_;
  std::vector<V> values_;
  std::vector<std::uint8_t> used_;
  std::uint64_t mask_ = 0;
};

}  // namespace kg::nlp
