// Interned strings for the graph's many repeated values (relation lemmas,
// document ids, types, surface forms, sentence texts): a Symbol is a 4-byte
// id into one process-wide pool, so vertices and edges stay small and
// equality is an integer compare. Ordering compares the strings, so anything
// sorted by Symbol is sorted the same way in every run.
#pragma once
#include <compare>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace kg::graph {

class Symbol {
 public:
  Symbol() = default;  // the empty string
  Symbol(std::string_view s);  // NOLINT: implicit on purpose, `e.relation = "meet"` reads well
  Symbol(const char* s) : Symbol(std::string_view(s)) {}
  Symbol(const std::string& s) : Symbol(std::string_view(s)) {}

  std::string_view view() const;
  std::string str() const { return std::string(view()); }
  operator std::string_view() const { return view(); }  // NOLINT
  bool empty() const { return id_ == 0; }
  std::uint32_t id() const { return id_; }

  // Looks a string up without adding it; the empty Symbol when absent.
  static Symbol find(std::string_view s);

  friend bool operator==(Symbol a, Symbol b) { return a.id_ == b.id_; }
  friend bool operator==(Symbol a, std::string_view b) { return a.view() == b; }
  friend bool operator==(Symbol a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(Symbol a, Symbol b) {
    if (a.id_ == b.id_) return std::strong_ordering::equal;
    return a.view().compare(b.view()) <=> 0;
  }

 private:
  std::uint32_t id_ = 0;
};

}  // namespace kg::graph

template <>
struct std::hash<kg::graph::Symbol> {
  std::size_t operator()(kg::graph::Symbol s) const noexcept { return std::hash<std::uint32_t>{}(s.id()); }
};
