#include "name_hyphens.h"

#include "char_class.h"

namespace kg::text::detail {
namespace {

bool upper(char c) { return is_upper_ascii(static_cast<unsigned char>(c)); }

// Letters after the first are all lower case.
bool lower_tail(const std::string& f) {
  for (std::size_t i = 1; i < f.size(); ++i)
    if (!is_lower_ascii(static_cast<unsigned char>(f[i]))) return false;
  return true;
}

// "Jae", "Jong", "Yo": a capital and 1 to 4 lower-case letters.
bool capital_syllable(const std::string& f) { return f.size() >= 2 && f.size() <= 5 && upper(f[0]) && lower_tail(f); }

// "in", "un", "jong", "Un", "Nam": 1 to 5 letters, only the first may be a capital.
bool syllable(const std::string& f) {
  return !f.empty() && f.size() <= 5 && is_alpha_ascii(static_cast<unsigned char>(f[0])) && lower_tail(f);
}

// A capitalised word that can be part of a name ("Moon", "Kim"), not "I", "A" or "The".
bool name_word(const Token& t) {
  const std::string& f = t.form;
  return f.size() >= 2 && upper(f[0]) && f != "The" && f != "An" && lower_tail(f);
}

bool glued(const Token& a, const Token& b) { return !a.space_after && a.end == b.start && !b.joined; }

}  // namespace

void join_name_hyphens(TokenizedDocument& doc) {
  std::vector<Token> out;
  out.reserve(doc.tokens.size());
  bool changed = false;
  for (Sentence& s : doc.sentences) {
    const std::uint32_t first = static_cast<std::uint32_t>(out.size());
    const std::uint32_t end = s.first_token + s.token_count;
    for (std::uint32_t i = s.first_token; i < end; ++i) {
      const Token& a = doc.tokens[i];
      if (i + 2 < end && !a.joined && doc.tokens[i + 1].form == "-" && glued(a, doc.tokens[i + 1]) &&
          glued(doc.tokens[i + 1], doc.tokens[i + 2]) && capital_syllable(a.form) &&
          syllable(doc.tokens[i + 2].form) && !(i + 3 < end && doc.tokens[i + 3].joined) &&
          // Two capitalised parts are syllables only when short ("Jong-Un", not "Korea-Japan").
          !(upper(doc.tokens[i + 2].form[0]) && (a.form.size() > 4 || doc.tokens[i + 2].form.size() > 4))) {
        // Only beside another part of the name: "Moon Jae-in", "Jae-in Moon".
        const bool before = i > s.first_token && name_word(doc.tokens[i - 1]) && doc.tokens[i - 1].space_after;
        const bool after = i + 3 < end && name_word(doc.tokens[i + 3]) && doc.tokens[i + 2].space_after;
        if (before || after) {
          const Token& c = doc.tokens[i + 2];
          Token t;
          t.start = a.start;
          t.end = c.end;
          t.form = a.form + "-" + c.form;
          t.space_after = c.space_after;
          out.push_back(std::move(t));
          i += 2;
          changed = true;
          continue;
        }
      }
      out.push_back(doc.tokens[i]);
    }
    s.first_token = first;
    s.token_count = static_cast<std::uint32_t>(out.size()) - first;
  }
  if (changed) doc.tokens = std::move(out);
}

}  // namespace kg::text::detail
