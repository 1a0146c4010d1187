#include "kg/text/utf8.h"

#include <cstring>

namespace kg::text {
namespace {

// Length of the valid sequence at s[i], or 0 when it is invalid. For an
// invalid one, `bad` is the length of the maximal subpart to replace.
int valid_sequence(std::string_view s, std::size_t i, int& bad) {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const std::size_t left = s.size() - i;
  const unsigned char b0 = at(0);
  bad = 1;
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  for (int k = 1; k <= need; ++k) {
    if (static_cast<std::size_t>(k) >= left) {
      bad = k;
      return 0;
    }
    const unsigned char b = at(static_cast<std::size_t>(k));
    const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) {
      bad = k;
      return 0;
    }
  }
  return need + 1;
}

bool ascii8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return (w & 0x8080808080808080ULL) == 0;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size() && ascii8(s.data() + i)) {
      i += 8;
      continue;
    }
    int bad;
    int n = valid_sequence(s, i, bad);
    if (n == 0) return i;
    i += static_cast<std::size_t>(n);
  }
  return kNoError;
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    int bad;
    int n = valid_sequence(s, i, bad);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      i += static_cast<std::size_t>(bad);
    } else {
      out.append(s.data() + i, static_cast<std::size_t>(n));
      i += static_cast<std::size_t>(n);
    }
  }
  return out;
}

bool looks_binary(std::string_view s, std::size_t& where) {
  const std::size_t n = s.size() < (64u << 10) ? s.size() : (64u << 10);
  std::size_t controls = 0, first_control = kNoError;
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) {
      where = i;
      return true;
    }
    // Tab, line feed, form feed, carriage return and escape (in ANSI-coloured
    // logs) occur in text; other C0 controls hardly ever do.
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
      if (first_control == kNoError) first_control = i;
      ++controls;
    }
  }
  if (controls > 8 && controls * 100 > n) {
    where = first_control;
    return true;
  }
  return false;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace kg::text
