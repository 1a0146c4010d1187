// Per-word atoms (hashes of the lowercase form, affixes, shape) computed once
// per token, shared by the tagger and the entity recogniser.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::nlp {

// ASCII-lowercased copy into out (reuses its capacity).
void lowercase_into(std::string_view s, std::string& out);

// Word shape with runs longer than 2 collapsed: "McCain" -> "XxXxx", "1,000" -> "d,ddd"
// shortened to "d,dd"; non-ASCII letters count as lowercase.
void word_shape_into(std::string_view s, std::string& out);

enum WordFlags : std::uint32_t {
  kInitCap = 1,
  kAllCaps = 2,
  kHasDigit = 4,
  kHasHyphen = 8,
  kAllDigits = 16,
  kHasUpperInside = 32,
  kNonAscii = 64,
  kHasPeriod = 128,
  kNoLetters = 256,
};
std::uint32_t word_flags(std::string_view s) noexcept;

// Byte offset of the start of the last n characters of a UTF-8 string.
std::size_t utf8_suffix_start(std::string_view s, int n) noexcept;
// Byte length of the first n characters.
std::size_t utf8_prefix_len(std::string_view s, int n) noexcept;

}  // namespace kg::nlp
