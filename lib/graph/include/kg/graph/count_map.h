// A small map from Symbol to count, stored as a vector of pairs in insertion
// order (most vertices have a handful of aliases, most edges one surface
// form), with a hash index added once it grows, so that a hub vertex seen in
// tens of thousands of documents still updates in O(1).
#pragma once
#include <algorithm>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "kg/graph/flat_index.h"
#include "kg/graph/symbol.h"

namespace kg::graph {

class CountMap {
 public:
  using value_type = std::pair<Symbol, std::uint32_t>;

  CountMap() = default;
  CountMap(const CountMap& o) : items_(o.items_) { rebuild_index(); }
  CountMap& operator=(const CountMap& o) {
    if (this != &o) {
      items_ = o.items_;
      rebuild_index();
    }
    return *this;
  }
  CountMap(CountMap&&) noexcept = default;
  CountMap& operator=(CountMap&&) noexcept = default;

  // Adds `delta` (may be negative) to the count of `key`; a count that drops
  // to zero removes the key.
  void add(Symbol key, std::int64_t delta = 1) {
    std::size_t i = position(key);
    if (i == npos) {
      if (delta <= 0) return;
      items_.emplace_back(key, static_cast<std::uint32_t>(delta));
      if (index_) index_->put(key.id(), static_cast<std::uint32_t>(items_.size() - 1));
      else if (items_.size() > kLinearLimit) rebuild_index();
      return;
    }
    std::int64_t n = static_cast<std::int64_t>(items_[i].second) + delta;
    if (n > 0) {
      items_[i].second = static_cast<std::uint32_t>(n);
      return;
    }
    // Swap-remove keeps the vector dense; order is not meaningful (see sorted()).
    if (index_) index_->erase(key.id());
    if (i + 1 != items_.size()) {
      items_[i] = items_.back();
      if (index_) index_->put(items_[i].first.id(), static_cast<std::uint32_t>(i));
    }
    items_.pop_back();
  }
  std::uint32_t get(Symbol key) const {
    std::size_t i = position(key);
    return i == npos ? 0 : items_[i].second;
  }
  bool contains(Symbol key) const { return position(key) != npos; }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  void clear() {
    items_.clear();
    index_.reset();
  }
  std::uint64_t total() const {
    std::uint64_t t = 0;
    for (const auto& kv : items_) t += kv.second;
    return t;
  }
  // Iteration is in insertion order; use sorted() for anything users see.
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }
  // By key string.
  std::vector<value_type> sorted() const {
    std::vector<value_type> v = items_;
    std::sort(v.begin(), v.end(), [](const value_type& a, const value_type& b) { return a.first < b.first; });
    return v;
  }
  // The key with the highest count; ties go to the smallest string.
  Symbol argmax() const {
    const value_type* best = nullptr;
    for (const auto& kv : items_)
      if (!best || kv.second > best->second || (kv.second == best->second && kv.first < best->first)) best = &kv;
    return best ? best->first : Symbol();
  }
  friend bool operator==(const CountMap& a, const CountMap& b) {
    if (a.size() != b.size()) return false;
    for (const auto& kv : a.items_)
      if (b.get(kv.first) != kv.second) return false;
    return true;
  }

 private:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  static constexpr std::size_t kLinearLimit = 16;
  std::size_t position(Symbol key) const {
    if (index_) {
      std::uint32_t i = index_->find(key.id());
      return i == FlatIndex::npos ? npos : i;
    }
    for (std::size_t i = 0; i < items_.size(); ++i)
      if (items_[i].first == key) return i;
    return npos;
  }
  void rebuild_index() {
    if (items_.size() <= kLinearLimit) {
      index_.reset();
      return;
    }
    index_ = std::make_unique<FlatIndex>();
    index_->reserve(items_.size() * 2);
    for (std::size_t i = 0; i < items_.size(); ++i) index_->put(items_[i].first.id(), static_cast<std::uint32_t>(i));
  }
  std::vector<value_type> items_;
  std::unique_ptr<FlatIndex> index_;
};

}  // namespace kg::graph
