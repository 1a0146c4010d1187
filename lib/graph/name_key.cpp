#include <cstdlib>
#include <string>

#include <utf8proc.h>

#include "kg/graph/model.h"

namespace kg::graph {
namespace {

enum class Fold { keep, separator, drop };

Fold classify(unsigned char c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '_' || c == '/') return Fold::separator;
  if (c == '.' || c == '\'' || c == '`' || c == '"' || c == ',') return Fold::drop;
  return Fold::keep;
}

// Folds an ASCII-or-UTF-8 string whose letters are already lower case.
std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    Fold f = classify(c);
    // U+2010..U+2015 (dashes) and U+2018/U+2019 (quotes) arrive as E2 80 90..99.
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if (d >= 0x90 && d <= 0x95) f = Fold::separator;
      if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) f = Fold::drop;
      if (f != Fold::keep) i += 2;
    }
    if (f == Fold::separator) {
      pending_space = !out.empty();
      continue;
    }
    if (f == Fold::drop) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  return out;
}

}  // namespace

std::string name_key(std::string_view name) {
  bool ascii = true;
  for (char c : name)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return fold(name);
  utf8proc_uint8_t* mapped = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                                    static_cast<utf8proc_ssize_t>(name.size()), &mapped, options);
  if (n < 0) return fold(name);  // invalid UTF-8: fold the bytes we have
  std::string out = fold(std::string_view(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n)));
  std::free(mapped);
  return out;
}

}  // namespace kg::graph
