#include "splitter_features.h"

#include <algorithm>
#include <cctype>

#include "abbreviations.h"
#include "char_class.h"

namespace kg::text::detail {
namespace {


constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL, kFnvPrime = 1099511628211ULL;

std::uint64_t hash_lower(std::string_view s) {
  std::uint64_t h = kFnvOffset;
  for (char ch : s) {
    h ^= static_cast<unsigned char>(lower_ascii(static_cast<unsigned char>(ch)));
    h *= kFnvPrime;
  }
  return h;
}

// The hash of the lower-cased form, and of its shape ("Xx", "X.X.", "d,d":
// character classes with repeats collapsed, at most six), in one pass.
void hash_word_and_shape(std::string_view s, std::uint64_t& word, std::uint64_t& shape) {
  std::uint64_t w = kFnvOffset, h = kFnvOffset;
  char last = 0;
  int n = 0;
  for (char ch : s) {
    const auto b = static_cast<unsigned char>(ch);
    w ^= lower_ascii(b);
    w *= kFnvPrime;
    if (n == 6) continue;
    char k;
    if (b >= 0x80) {
      if ((b & 0xC0) == 0x80) continue;
      k = 'u';
    } else if (is_upper_ascii(b)) {
      k = 'X';
    } else if (is_lower_ascii(b)) {
      k = 'x';
    } else if (is_digit_ascii(b)) {
      k = 'd';
    } else {
      k = ch;
    }
    if (k == last) continue;
    last = k;
    h ^= static_cast<unsigned char>(k);
    h *= kFnvPrime;
    ++n;
  }
  word = w;
  shape = h;
}

std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

Gap gap_between(std::string_view text, std::uint32_t from, std::uint32_t to) {
  if (from >= to) return Gap::kNone;
  int newlines = 0;
  for (std::uint32_t k = from; k < to; ++k) {
    const char ch = text[k];
    if (ch == '\n') ++newlines;
    else if (ch == '\r' && (k + 1 >= to || text[k + 1] != '\n')) ++newlines;
    else if (ch == '\xE2' && k + 2 < to && text[k + 1] == '\x80' && (text[k + 2] == '\xA8' || text[k + 2] == '\xA9'))
      ++newlines;
  }
  return newlines >= 2 ? Gap::kParagraph : newlines == 1 ? Gap::kNewline : Gap::kSpace;
}

// Whether every byte of `s` (non-empty) is in the set `in`.
template <class In>
bool all_of(std::string_view s, In in) {
  if (s.empty()) return false;
  for (char ch : s)
    if (!in(ch)) return false;
  return true;
}

std::uint64_t word_at(const BoundaryContext& c, std::ptrdiff_t k) {
  if (k < 0) return 0x5354415254ULL;  // "START"
  if (static_cast<std::size_t>(k) >= c.facts.size()) return 0x454e44ULL;  // "END"
  return c.facts[static_cast<std::size_t>(k)].word;
}
std::uint64_t shape_at(const BoundaryContext& c, std::ptrdiff_t k) {
  if (k < 0) return 0x5354415254ULL;
  if (static_cast<std::size_t>(k) >= c.facts.size()) return 0x454e44ULL;
  return c.facts[static_cast<std::size_t>(k)].shape;
}
std::uint64_t kind_at(const BoundaryContext& c, std::ptrdiff_t k) {
  if (k < 0 || static_cast<std::size_t>(k) >= c.facts.size()) return 0x1000;
  return c.facts[static_cast<std::size_t>(k)].kind;
}

std::uint64_t bucket(std::size_t n) {
  return n < 2 ? 0 : n < 3 ? 1 : n < 4 ? 2 : n < 6 ? 3 : n < 10 ? 4 : n < 20 ? 5 : n < 40 ? 6 : 7;
}

}  // namespace

void BoundaryContext::build(std::string_view text, const std::vector<Token>& tokens) {
  facts.resize(tokens.size());
  std::uint32_t line_start = 0;
  // Line lengths, for the hard-wrap test.
  std::size_t lines = 0;
  longest_line = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    longest_line = std::max<std::uint32_t>(longest_line, static_cast<std::uint32_t>(nl - pos));
    if (nl > pos + 1) ++lines;
    pos = nl + 1;
  }
  wrapped = lines >= 4 && longest_line <= kWrapWidth;
  std::uint32_t line_start_byte = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    TokenFacts& f = facts[i];
    const std::string_view form = t.form;
    hash_word_and_shape(form, f.word, f.shape);
    f.suffix = hash_lower(form.size() > 3 ? form.substr(form.size() - 3) : form);
    f.gap_before = i == 0 ? Gap::kParagraph
                   : t.joined ? Gap::kNone
                              : gap_between(text, tokens[i - 1].end, t.start);
    if (f.gap_before == Gap::kNewline || f.gap_before == Gap::kParagraph) {
      line_start = static_cast<std::uint32_t>(i);
      line_start_byte = t.start;
    }
    f.line_tokens = static_cast<std::uint32_t>(i - line_start + 1);
    f.line_bytes = t.end - line_start_byte;
    std::uint8_t k = 0;
    const auto c0 = form.empty() ? 0 : static_cast<unsigned char>(form[0]);
    if (is_upper_ascii(c0)) k |= kUpperInitial;
    else if (is_lower_ascii(c0)) k |= kLowerInitial;
    else if (is_digit_ascii(c0)) k |= kDigitInitial;
    else if (c0 >= 0x80) k |= kUpperInitial;  // non-ASCII letters: mostly names in English text
    if (!is_alnum_ascii(c0)) {
      if (all_of(form, [](char ch) { return ch == '.' || ch == '!' || ch == '?'; })) k |= kFinalPunct;
      if (all_of(form, [](char ch) { return ch == ')' || ch == ']' || ch == '}'; })) k |= kClosing;
      if (all_of(form, [](char ch) { return ch == '(' || ch == '[' || ch == '{' || ch == '*' || ch == '-'; })) k |= kOpening;
    }
    if (form.size() > 1 && form.back() == '.' && (is_alpha_ascii(c0) || c0 >= 0x80)) {
      k |= kAbbrev;
      if (is_title_abbreviation(form.substr(0, form.size() - 1))) k |= kTitle;
    }
    f.kind = k;
  }
  // Straight quotes: closing when attached to the token before, opening otherwise.
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view form = tokens[i].form;
    if (form == "\"" || form == "'" || form == "''" || form == "``") {
      const bool attached_before = facts[i].gap_before == Gap::kNone;
      const bool attached_after = i + 1 < tokens.size() && facts[i + 1].gap_before == Gap::kNone;
      facts[i].kind |= (attached_before && !attached_after) || (attached_before && i > 0 && (facts[i - 1].kind & kFinalPunct))
                           ? kClosing
                           : kOpening;
    }
  }
}

bool decided_by_rule(const BoundaryContext& c, std::size_t i, const std::vector<Token>& tokens, bool& forced) {
  const std::size_t j = i + 1;
  if (j >= tokens.size() || c.facts[j].gap_before == Gap::kParagraph) {
    forced = true;
    return true;
  }
  forced = false;
  if (tokens[j].joined) return true;
  const TokenFacts& a = c.facts[i];
  const TokenFacts& b = c.facts[j];
  if (b.gap_before == Gap::kNewline) {
    if (!c.wrapped) {
      forced = true;
      return true;
    }
    // In wrapped text, a line much shorter than the others before a capital
    // ends a paragraph or is a heading.
    if (a.line_bytes * 10 < c.longest_line * 6 && (b.kind & (kUpperInitial | kDigitInitial | kOpening))) {
      forced = true;
      return true;
    }
  }
  const unsigned char next0 = static_cast<unsigned char>(tokens[j].form.empty() ? ' ' : tokens[j].form[0]);
  // A comma, semicolon, closing bracket... never starts a sentence.
  if (next0 == ',' || next0 == ';' || next0 == '%' || next0 == ')' || next0 == ']' || next0 == '}') return true;
  const bool end_like = (a.kind & (kFinalPunct | kClosing | kAbbrev)) != 0;
  if (b.gap_before == Gap::kNone && !end_like) return true;
  // Inside a line, a lower-case word or a number after a word continues the sentence.
  if (b.gap_before == Gap::kSpace && !end_like && (b.kind & (kLowerInitial | kDigitInitial)) &&
      (a.kind & (kLowerInitial | kUpperInitial | kDigitInitial)))
    return true;
  return false;
}

int boundary_features(const BoundaryContext& c, std::size_t i, std::size_t since, unsigned bits,
                      std::uint32_t* out) {
  const auto I = static_cast<std::ptrdiff_t>(i), J = I + 1;
  const std::uint64_t wi = word_at(c, I), wj = word_at(c, J), wh = word_at(c, I - 1), wk = word_at(c, J + 1);
  const std::uint64_t si = shape_at(c, I), sj = shape_at(c, J), sh = shape_at(c, I - 1), sk = shape_at(c, J + 1);
  const std::uint64_t ki = kind_at(c, I), kj = kind_at(c, J), kh = kind_at(c, I - 1);
  // The model was trained on text without single line breaks; in wrapped
  // text (the only place it meets them) they stand for spaces.
  auto gap = [&](std::size_t k) {
    const Gap g = c.facts[k].gap_before;
    return static_cast<std::uint64_t>(g == Gap::kNewline ? Gap::kSpace : g);
  };
  const std::uint64_t gj = gap(i + 1);
  const std::uint64_t gi = gap(i);
  const std::uint64_t end_kind = ki & (kFinalPunct | kClosing | kAbbrev);
  const std::uint64_t line = bucket(c.facts[i].line_tokens);
  const std::uint64_t mask = (std::uint64_t{1} << bits) - 1;
  int n = 0;
  // One finalising mix per feature: the inputs are already hashes, the odd
  // multipliers keep (a, b) and (b, a) apart.
  auto add = [&](std::uint64_t tmpl, std::uint64_t a, std::uint64_t b = 0, std::uint64_t d = 0) {
    out[n++] = static_cast<std::uint32_t>(
        mix(tmpl * 0x9E3779B97F4A7C15ULL + a * 0xC2B2AE3D27D4EB4FULL + b * 0x165667B19E3779F9ULL +
            d * 0xD6E8FEB86659FD93ULL) &
        mask);
  };
  add(0, 0);
  add(1, wi);
  add(2, wj);
  add(3, wh);
  add(4, wk);
  add(5, si);
  add(6, sj);
  add(7, sh);
  add(8, wi, sj);
  add(9, si, wj);
  add(10, wi, wj);
  add(11, wh, wi);
  add(12, sh, si, sj);
  add(13, gj, ki);
  add(14, gj, sj);
  add(15, gj, wi);
  add(16, gj, wj);
  add(17, c.facts[i].suffix, sj);
  add(18, bucket(since), gj);
  add(19, bucket(since), end_kind);
  add(20, ki, kj);
  add(21, kh * 4096 + ki, kj, gj);
  add(22, wh, wi, sj);
  add(23, sj, sk);
  add(24, line, gj, end_kind);
  add(25, wi, kj);
  add(26, gi, line, gj);
  add(27, wj, wk);
  return n;
}

}  // namespace kg::text::detail
