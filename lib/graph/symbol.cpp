#include "kg/graph/symbol.h"

#include <array>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace kg::graph {
namespace {

// Ids index a two-level table whose blocks never move, so view() can read
// without the lock: an id is only ever seen after intern() returned it.
constexpr std::uint32_t kBlockBits = 16;
constexpr std::uint32_t kBlockSize = 1u << kBlockBits;
constexpr std::uint32_t kMaxBlocks = 1u << 14;  // 2^30 symbols

class Pool {
 public:
  Pool() : slots_(1 << 16, 0) {
    // Id 0 is the empty string; it is never looked up in the table.
    blocks_[0] = std::make_unique<std::string_view[]>(kBlockSize);
    count_ = 1;
  }

  std::uint32_t intern(std::string_view s) { return intern(s, std::hash<std::string_view>{}(s)); }
  std::uint32_t intern(std::string_view s, std::size_t h) {
    std::lock_guard<std::mutex> lock(mu_);
    std::size_t slot = probe(s, h);
    if (slots_[slot] != 0) return static_cast<std::uint32_t>(slots_[slot]);
    std::string_view stored = store(s);
    std::uint32_t id = count_;
    std::uint32_t b = id >> kBlockBits;
    if (b >= kMaxBlocks) throw std::length_error("kg: too many distinct strings in the graph");
    if (!blocks_[b]) blocks_[b] = std::make_unique<std::string_view[]>(kBlockSize);
    blocks_[b][id & (kBlockSize - 1)] = stored;
    ++count_;
    slots_[slot] = (static_cast<std::uint64_t>(h) >> 32 << 32) | id;
    if (2 * count_ > slots_.size()) grow();
    return id;
  }
  std::uint32_t find(std::string_view s) {
    std::size_t h = std::hash<std::string_view>{}(s);
    std::lock_guard<std::mutex> lock(mu_);
    return static_cast<std::uint32_t>(slots_[probe(s, h)]);
  }
  std::string_view view(std::uint32_t id) const { return blocks_[id >> kBlockBits][id & (kBlockSize - 1)]; }

 private:
  // Strings live in large chunks that are never freed or moved.
  std::string_view store(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > kChunk / 4) {
      big_.push_back(std::make_unique<char[]>(s.size()));
      std::memcpy(big_.back().get(), s.data(), s.size());
      return {big_.back().get(), s.size()};
    }
    if (chunks_.empty() || used_ + s.size() > kChunk) {
      chunks_.push_back(std::make_unique<char[]>(kChunk));
      used_ = 0;
    }
    char* p = chunks_.back().get() + used_;
    std::memcpy(p, s.data(), s.size());
    used_ += s.size();
    return {p, s.size()};
  }
  // Open addressing with linear probing: a slot holds the upper 32 bits of
  // the hash and the id (0 = empty), so most probes touch one cache line and
  // compare strings only on a hash match.
  std::size_t probe(std::string_view s, std::size_t h) const {
    std::size_t mask = slots_.size() - 1;
    std::uint64_t tag = static_cast<std::uint64_t>(h) >> 32;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      std::uint64_t v = slots_[i];
      if (v == 0) return i;
      if ((v >> 32) == tag && view(static_cast<std::uint32_t>(v)) == s) return i;
    }
  }
  void grow() {
    std::vector<std::uint64_t> old(slots_.size() * 2, 0);
    old.swap(slots_);
    std::size_t mask = slots_.size() - 1;
    for (std::uint64_t v : old) {
      if (v == 0) continue;
      std::string_view s = view(static_cast<std::uint32_t>(v));
      std::size_t h = std::hash<std::string_view>{}(s);
      std::size_t i = h & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = v;
    }
  }
  static constexpr std::size_t kChunk = 1 << 20;
  std::mutex mu_;
  std::vector<std::uint64_t> slots_;
  std::array<std::unique_ptr<std::string_view[]>, kMaxBlocks> blocks_;
  std::uint32_t count_ = 0;
  std::vector<std::unique_ptr<char[]>> chunks_, big_;
  std::size_t used_ = 0;
};

Pool& pool() {
  static Pool* p = new Pool;  // never destroyed: Symbols may be used during static destruction
  return *p;
}

}  // namespace

// Most strings a graph interns repeat (types, documents, relation lemmas,
// hub names); a small per-thread cache answers those without the lock and
// without probing the big table.
struct RecentSymbols {
  static constexpr std::size_t kSize = 4096;
  struct Entry {
    std::size_t hash = 0;
    std::uint32_t id = 0;
  };
  Entry entries[kSize];
};

Symbol::Symbol(std::string_view s) {
  if (s.empty()) return;
  static thread_local RecentSymbols recent;
  std::size_t h = std::hash<std::string_view>{}(s);
  RecentSymbols::Entry& e = recent.entries[h & (RecentSymbols::kSize - 1)];
  Pool& p = pool();
  if (e.id != 0 && e.hash == h && p.view(e.id) == s) {
    id_ = e.id;
    return;
  }
  id_ = p.intern(s, h);
  e = {h, id_};
}

std::string_view Symbol::view() const { return id_ == 0 ? std::string_view() : pool().view(id_); }

Symbol Symbol::find(std::string_view s) {
  Symbol r;
  r.id_ = s.empty() ? 0 : pool().find(s);
  return r;
}

}  // namespace kg::graph
