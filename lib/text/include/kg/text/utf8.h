// UTF-8 checks and decoding used by the reader and the tokenizer.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::text {

inline constexpr std::size_t kNoError = static_cast<std::size_t>(-1);

// Byte offset of the first byte that does not start a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid),
// or kNoError.
std::size_t find_invalid_utf8(std::string_view s);

// Replaces every invalid sequence with U+FFFD (one per maximal invalid
// subpart, as the Unicode standard recommends); valid text is unchanged.
std::string repair_utf8(std::string_view s);

// True for input that is not text: NUL bytes, or many control characters,
// in the first 64 KiB. Returns the offset of the first offending byte in
// `where` for the error message.
bool looks_binary(std::string_view s, std::size_t& where);

// Decodes the code point at s[i] of VALID UTF-8 and sets `len` to its length.
inline char32_t decode_utf8(std::string_view s, std::size_t i, int& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  auto cont = [&](std::size_t k) -> char32_t {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) & 0x3F : 0;
  };
  if (b0 < 0xE0) {
    len = 2;
    return (char32_t(b0 & 0x1F) << 6) | cont(1);
  }
  if (b0 < 0xF0) {
    len = 3;
    return (char32_t(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2);
  }
  len = 4;
  return (char32_t(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
}

// Decodes the code point that ends just before s[i] (i > 0) and sets `len`.
inline char32_t decode_utf8_before(std::string_view s, std::size_t i, int& len) {
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return decode_utf8(s, j, len);
}

void append_utf8(std::string& out, char32_t c);

}  // namespace kg::text
