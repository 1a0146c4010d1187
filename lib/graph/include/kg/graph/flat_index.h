// An open-addressing hash index from a 32-bit key to a 32-bit value, 8
// bytes a slot, linear probing, kept at most half full. The graph's hot
// lookups (symbol id -> vertex, symbol id -> position in a CountMap) go
// through it: one cache line per lookup instead of a chain of heap nodes.
#pragma once
#include <cstdint>
#include <vector>

namespace kg::graph {

class FlatIndex {
 public:
  static constexpr std::uint32_t npos = 0xFFFFFFFFu;

  std::uint32_t find(std::uint32_t key) const {
    if (slots_.empty()) return npos;
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      std::uint64_t s = slots_[i];
      if (s == 0) return npos;
      if (static_cast<std::uint32_t>(s >> 32) == key + 1) return static_cast<std::uint32_t>(s);
    }
  }
  // Inserts or overwrites.
  void put(std::uint32_t key, std::uint32_t value) {
    if (2 * (size_ + 1) > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    std::size_t i = slot_for(key);
    if (slots_[i] == 0) ++size_;
    slots_[i] = (std::uint64_t{key + 1} << 32) | value;
  }
  void erase(std::uint32_t key) {
    if (slots_.empty()) return;
    std::size_t mask = slots_.size() - 1;
    std::size_t i = slot_for(key);
    if (slots_[i] == 0) return;
    // Backward-shift deletion keeps probe chains intact without tombstones.
    for (std::size_t j = (i + 1) & mask;; j = (j + 1) & mask) {
      if (slots_[j] == 0) break;
      std::size_t home = hash(static_cast<std::uint32_t>(slots_[j] >> 32) - 1) & mask;
      if (((j - home) & mask) >= ((j - i) & mask)) {
        slots_[i] = slots_[j];
        i = j;
      }
    }
    slots_[i] = 0;
    --size_;
  }
  void reserve(std::size_t n) {
    std::size_t want = 16;
    while (want < 2 * n) want *= 2;
    if (want > slots_.size()) rehash(want);
  }
  void clear() {
    slots_.clear();
    size_ = 0;
  }
  std::size_t size() const { return size_; }

 private:
  static std::size_t hash(std::uint32_t k) {
    std::uint64_t h = std::uint64_t{k} * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
  std::size_t slot_for(std::uint32_t key) const {
    std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(key) & mask;
    while (slots_[i] != 0 && static_cast<std::uint32_t>(slots_[i] >> 32) != key + 1) i = (i + 1) & mask;
    return i;
  }
  void rehash(std::size_t n) {
    std::vector<std::uint64_t> old(n, 0);
    old.swap(slots_);
    size_ = 0;
    for (std::uint64_t s : old)
      if (s != 0) put(static_cast<std::uint32_t>(s >> 32) - 1, static_cast<std::uint32_t>(s));
  }
  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

}  // namespace kg::graph
