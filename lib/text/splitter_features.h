// What the sentence-boundary model sees: per-token facts computed once, and
// hashed feature ids for the boundary after token i. Shared by inference and
// training so both see exactly the same features.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "kg/text/document.h"

namespace kg::text::detail {

// What lies between a token and the one before it.
enum class Gap : std::uint8_t { kNone, kSpace, kNewline, kParagraph };

struct TokenFacts {
  std::uint64_t word;    // hash of the lower-cased form
  std::uint64_t shape;   // hash of the shape ("Xx", "X.X.", "d,d", "." ...)
  std::uint64_t suffix;  // hash of the last three bytes, lower-cased
  std::uint32_t line_tokens;  // position on its line, from 1
  std::uint32_t line_bytes;   // bytes from the start of its line to its end
  Gap gap_before;
  std::uint8_t kind;     // TokenKind bits
};

enum TokenKind : std::uint8_t {
  kUpperInitial = 1,  // starts with an upper-case letter
  kLowerInitial = 2,
  kFinalPunct = 4,    // . ! ? ... and runs of them
  kClosing = 8,       // closing quote or bracket
  kAbbrev = 16,       // a known abbreviation or initial with its stop ("Mr.", "U.S.", "D.")
  kTitle = 32,        // an abbreviation that precedes names ("Mr.", "Dr.")
  kDigitInitial = 64,
  kOpening = 128,     // opening quote or bracket, dash, bullet
};

struct BoundaryContext {
  std::vector<TokenFacts> facts;
  // Hard-wrapped text (every line at most kWrapWidth bytes, several lines):
  // a single line break is then usually just a space. Otherwise (scraped
  // news, JSONL text) every line is a paragraph and ends its sentence.
  bool wrapped = false;
  std::uint32_t longest_line = 0;
  void build(std::string_view text, const std::vector<Token>& tokens);
};

inline constexpr int kMaxFeatures = 32;
inline constexpr std::uint32_t kWrapWidth = 100;

// Whether the boundary after token i is decided by rule: true when it must be
// a boundary (a blank line follows, or the document ends), in `forced`.
// Returns false when the model decides.
bool decided_by_rule(const BoundaryContext& c, std::size_t i, const std::vector<Token>& tokens, bool& forced);

// Fills `out` with the feature ids (masked to `bits`) of the boundary after
// token i; `since` is the number of tokens since the last boundary.
int boundary_features(const BoundaryContext& c, std::size_t i, std::size_t since, unsigned bits,
                      std::uint32_t* out);

}  // namespace kg::text::detail
