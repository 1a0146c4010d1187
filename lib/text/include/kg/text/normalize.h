// The normalised token form the models see (Token::form).
//
// NFC (utf8proc), then typographic characters mapped to the ASCII the UD
// English treebanks mostly use: curly and low-9 quotes and primes to ' and ",
// guillemets to ", en dash, minus sign and Unicode hyphens to -, em dash and
// horizontal bar to --, ellipsis to ..., non-breaking and other Unicode
// spaces to a plain space; soft hyphens and zero-width characters are
// dropped. Taggers and parsers trained on treebank forms should pass them
// through normalize_form too, so training and use see the same forms.
#pragma once
#include <string>
#include <string_view>

namespace kg::text {

// Writes the normalised form of `raw` (valid UTF-8) into `out` (replacing it).
void normalize_form(std::string_view raw, std::string& out);

inline std::string normalize_form(std::string_view raw) {
  std::string out;
  normalize_form(raw, out);
  return out;
}

}  // namespace kg::text
