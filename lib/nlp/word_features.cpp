#include "word_features.h"

namespace kg::nlp {

void lowercase_into(std::string_view s, std::string& out) {
  out.assign(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

void word_shape_into(std::string_view s, std::string& out) {
  out.clear();
  char last = 0;
  int run = 0;
  for (unsigned char c : s) {
    char k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0xC0) k = 'x';  // lead byte of a non-ASCII character
    else if (c >= 0x80) continue;  // continuation byte
    else k = static_cast<char>(c);
    run = (k == last) ? run + 1 : 1;
    last = k;
    if (run <= 2) out.push_back(k);
  }
}

std::uint32_t word_flags(std::string_view s) noexcept {
  std::uint32_t f = 0;
  bool letters = false, all_upper = true, all_digits = !s.empty();
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z', dig = c >= '0' && c <= '9';
    if (up || low) letters = true;
    if (low) all_upper = false;
    if (!dig) all_digits = false;
    if (dig) f |= kHasDigit;
    if (c == '-') f |= kHasHyphen;
    if (c == '.') f |= kHasPeriod;
    if (c >= 0x80) f |= kNonAscii;
    if (up && i == 0) f |= kInitCap;
    if (up && i > 0) f |= kHasUpperInside;
  }
  if (letters && all_upper) f |= kAllCaps;
  if (all_digits) f |= kAllDigits;
  if (!letters) f |= kNoLetters;
  return f;
}

std::size_t utf8_suffix_start(std::string_view s, int n) noexcept {
  std::size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --n;
  }
  return i;
}

std::size_t utf8_prefix_len(std::string_view s, int n) noexcept {
  std::size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}

}  // namespace kg::nlp
