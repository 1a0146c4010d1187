// Character classes for the tokenizer, on UTF-8 text.
#pragma once
#include <utf8proc.h>

#include <cstddef>
#include <string_view>

#include "kg/text/utf8.h"

namespace kg::text::detail {

// Unicode whitespace, plus the byte-order mark and zero-width space, which
// separate nothing visible but must not end up inside tokens.
inline bool is_space_cp(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  switch (c) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000: case 0xFEFF: case 0x200B:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

inline bool is_newline_cp(char32_t c) { return c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85; }

// Locale-free ASCII tests: the <cctype> ones are function calls that consult the locale.
inline bool is_alpha_ascii(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_digit_ascii(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_alnum_ascii(unsigned char c) { return is_alpha_ascii(c) || is_digit_ascii(c); }
inline bool is_upper_ascii(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower_ascii(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline unsigned char lower_ascii(unsigned char c) { return is_upper_ascii(c) ? static_cast<unsigned char>(c | 0x20) : c; }

// Letters, digits and combining marks: the characters words are made of.
inline bool is_alnum_cp(char32_t c) {
  if (c < 0x80) return is_alpha_ascii(static_cast<unsigned char>(c)) || is_digit_ascii(static_cast<unsigned char>(c));
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

inline bool is_upper_cp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LT;
}

inline bool is_lower_cp(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

inline bool is_apostrophe_cp(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }
inline bool is_hyphen_cp(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// The code point at s[i] (any UTF-8, valid after reading) and its length.
inline char32_t cp_at(std::string_view s, std::size_t i, int& len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  return decode_utf8(s, i, len);
}

}  // namespace kg::text::detail
