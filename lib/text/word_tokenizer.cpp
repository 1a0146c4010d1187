#include "word_tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "abbreviations.h"
#include "char_class.h"
#include "kg/text/normalize.h"

namespace kg::text::detail {
namespace {

// Hyphenated words whose first part is one of these prefixes stay one token
// in EWT and GUM ("non-profit", "e-mail", "co-founder"); others are split.
constexpr std::array<std::string_view, 23> kHyphenPrefixes = {
    "anti", "arch", "co", "counter", "cross", "e", "ex", "inter", "intra", "mid", "mini", "multi",
    "neo", "non", "over", "post", "pre", "pro", "proto", "psycho", "re", "semi", "socio"};

// Contractions written without an apostrophe: stem + "nt" ("dont" = do + nt).
constexpr std::array<std::string_view, 16> kNtStems = {"ai", "are", "ca", "could", "did", "do", "does", "had",
                                                     "has", "have", "is", "should", "was", "were", "wo",
                                                     "would"};

// Words that UD splits without an apostrophe: "cannot" = can + not, "gonna" = gon + na.
struct Fused {
  std::string_view word;
  std::size_t split;
};
// Also contractions typed without the apostrophe where the fused form is not
// itself a common word ("thats" = that + s; not "its", "hes", "ill", "were").
constexpr std::array<Fused, 17> kFused = {{{"cannot", 3},
                                           {"gimme", 3},
                                           {"gonna", 3},
                                           {"gotta", 3},
                                           {"lemme", 3},
                                           {"wanna", 3},
                                           {"ive", 1},
                                           {"im", 1},
                                           {"thats", 4},
                                           {"theres", 5},
                                           {"heres", 4},
                                           {"shes", 3},
                                           {"theyre", 4},
                                           {"whats", 4},
                                           {"youre", 3},
                                           {"youve", 3},
                                           {"theyve", 4}}};

// Abbreviations that keep their stop only before a number ("No. 5", "Vol. 2").
constexpr std::array<std::string_view, 7> kNumberAbbreviations = {"fig", "figs", "no", "nos", "op", "pp", "vol"};

constexpr std::array<std::string_view, 14> kTopLevelDomains = {
    "com", "org", "net", "edu", "gov", "io", "co", "uk", "de", "info", "biz", "us", "ca", "ly"};

constexpr std::array<std::string_view, 10> kEmoticons = {":-)", ":-(", ";-)", ":)", ":(", ";)", ":D", ":P", ":p", "<3"};

bool equals_lower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (lower_ascii(static_cast<unsigned char>(s[i])) != lower[i]) return false;
  return true;
}

template <std::size_t N>
bool in_lower(std::string_view s, const std::array<std::string_view, N>& set) {
  for (std::string_view w : set)
    if (equals_lower(s, w)) return true;
  return false;
}

bool starts_with_lower(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && equals_lower(s.substr(0, prefix.size()), prefix);
}

bool is_url_tail_trim(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '"' ||
         c == 0x2019 || c == 0x201D || c == ']' || c == '>';
}

class WordTokenizer {
 public:
  WordTokenizer(std::string_view text, std::vector<Token>& tokens) : s_(text), tokens_(tokens) {}

  void run(const std::vector<Boilerplate>& skip) {
    std::size_t pos = 0, next_skip = 0;
    while (pos < s_.size()) {
      if (next_skip < skip.size() && pos >= skip[next_skip].start) {
        pos = std::max<std::size_t>(pos, skip[next_skip].end);
        ++next_skip;
        continue;
      }
      int len;
      char32_t c = cp_at(s_, pos, len);
      if (is_space_cp(c)) {
        pos += static_cast<std::size_t>(len);
        continue;
      }
      std::size_t end = pos;
      const std::size_t limit = next_skip < skip.size() ? skip[next_skip].start : s_.size();
      while (end < limit) {
        const auto b = static_cast<unsigned char>(s_[end]);
        if (b > ' ' && b < 0x80) {  // printable ASCII: never a space
          ++end;
          continue;
        }
        char32_t d = cp_at(s_, end, len);
        if (is_space_cp(d)) break;
        end += static_cast<std::size_t>(len);
      }
      chunk(pos, end);
      pos = end;
    }
  }

 private:
  char32_t at(std::size_t i, int& len) const { return cp_at(s_, i, len); }
  char32_t at(std::size_t i) const {
    int len;
    return cp_at(s_, i, len);
  }
  bool alnum_at(std::size_t i, std::size_t e) const { return i < e && is_alnum_cp(at(i)); }
  bool digit_at(std::size_t i, std::size_t e) const {
    return i < e && is_digit_ascii(static_cast<unsigned char>(s_[i]));
  }
  bool letter_at(std::size_t i, std::size_t e) const {
    if (i >= e) return false;
    char32_t c = at(i);
    return is_alnum_cp(c) && !(c < 0x80 && is_digit_ascii(static_cast<unsigned char>(c)));
  }
  // The code point ending just before i.
  char32_t before(std::size_t i) const {
    int len;
    return decode_utf8_before(s_, i, len);
  }

  void emit(std::size_t b, std::size_t e, bool joined = false) {
    Token t;
    t.start = static_cast<std::uint32_t>(b);
    t.end = static_cast<std::uint32_t>(e);
    normalize_form(s_.substr(b, e - b), t.form);
    t.space_after = e == chunk_end_;
    t.joined = joined;
    tokens_.push_back(std::move(t));
  }

  void chunk(std::size_t b, std::size_t e) {
    chunk_end_ = e;
    // Addresses without a scheme need an '@' or a '/': most chunks have neither.
    may_be_address_ = false;
    for (std::size_t i = b; i < e && !may_be_address_; ++i) may_be_address_ = s_[i] == '@' || s_[i] == '/';
    opening_single_quote_ = is_apostrophe_cp(at(b)) && b + 1 < e;
    std::size_t p = b;
    while (p < e) {
      std::size_t q = special(p, e);
      if (q > p) {
        emit(p, q);
        p = q;
        continue;
      }
      if (is_alnum_cp(at(p))) {
        p = word(p, e);
        continue;
      }
      q = punct(p, b, e);
      emit(p, q);
      p = q;
    }
  }

  // URLs, e-mail addresses, @handles and #hashtags: one token each.
  std::size_t special(std::size_t p, std::size_t e) {
    const char c = s_[p];
    if (c == '@' || c == '#') {
      std::size_t q = p + 1;
      while (q < e && (is_alnum_ascii(static_cast<unsigned char>(s_[q])) || s_[q] == '_')) ++q;
      if (q == p + 1) return p;
      if (c == '#' && !is_alpha_ascii(static_cast<unsigned char>(s_[p + 1]))) return p;
      return q;
    }
    // Without '@' or '/', "www.example.com" still comes out whole from word().
    if (!may_be_address_) return p;
    std::string_view rest = s_.substr(p, e - p);
    if (starts_with_lower(rest, "mailto:") && rest.size() > 7) return url_end(p, e);
    if (starts_with_lower(rest, "http://") || starts_with_lower(rest, "https://") ||
        starts_with_lower(rest, "ftp://") || (starts_with_lower(rest, "www.") && rest.size() > 4))
      return url_end(p, e);
    if (!is_alnum_ascii(static_cast<unsigned char>(c))) return p;
    // A later start inside a run already scanned without success fails too;
    // skipping it keeps long runs ("a-a-a-…") linear.
    if (p < failed_scan_end_) return p;
    // local@domain.tld, or domain.tld/path without a scheme.
    std::size_t q = p;
    bool at_sign = false;
    std::size_t last_dot = 0;
    while (q < e) {
      const auto d = static_cast<unsigned char>(s_[q]);
      if (is_alnum_ascii(d) || d == '-' || d == '_' || d == '+' || d == '%') {
        ++q;
      } else if (d == '.') {
        last_dot = q;
        ++q;
      } else if (d == '@' && !at_sign && q > p) {
        at_sign = true;
        last_dot = 0;
        ++q;
      } else {
        break;
      }
    }
    while (q > p && s_[q - 1] == '.') --q;  // a full stop after the address
    if (at_sign && last_dot > p && s_.substr(p, q - p).find('@') < last_dot) {
      std::size_t tld = last_dot + 1;
      bool letters = true;
      for (std::size_t i = tld; i < q; ++i) letters = letters && is_alpha_ascii(static_cast<unsigned char>(s_[i]));
      if (letters && q - tld >= 2) return q;
    }
    // user@HOST without a dot (mail systems' internal addresses).
    if (at_sign && last_dot == 0 && s_[q - 1] != '@') {
      std::size_t at = s_.find('@', p);
      bool plain = true;
      for (std::size_t i = p; i < q; ++i)
        plain = plain && (i == at || is_alnum_ascii(static_cast<unsigned char>(s_[i])) || s_[i] == '.' || s_[i] == '_');
      if (plain && at > p && q - at > 2) return q;
    }
    if (!at_sign && last_dot > p && q < e && s_[q] == '/') {
      std::size_t label = last_dot + 1;
      if (in_lower(s_.substr(label, q - label), kTopLevelDomains)) return url_end(p, e);
    }
    failed_scan_end_ = q;
    return p;
  }

  std::size_t url_end(std::size_t p, std::size_t e) const {
    std::size_t q = e;
    const std::string_view whole = s_.substr(p, e - p);
    auto opens = std::count(whole.begin(), whole.end(), '(');
    auto closes = std::count(whole.begin(), whole.end(), ')');
    for (;;) {
      int len;
      char32_t c = decode_utf8_before(s_, q, len);
      if (q - static_cast<std::size_t>(len) <= p) break;
      if (is_url_tail_trim(c)) {
        q -= static_cast<std::size_t>(len);
      } else if (c == ')') {
        if (opens >= closes) break;  // "(…)" inside the URL: keep its closing bracket
        --closes;
        q -= 1;
      } else {
        break;
      }
    }
    return q;
  }

  // Whether the hyphen at h (inside a word that started at `word`, current
  // hyphen-free segment from `seg`) joins its two sides.
  bool joins_hyphen(std::size_t word, std::size_t seg, std::size_t h, std::size_t e) const {
    const std::string_view left = s_.substr(seg, h - seg);
    if (in_lower(left, kHyphenPrefixes)) return true;
    if (seg > word && is_day_month_year(word, e)) return true;
    if (!is_digit_ascii(static_cast<unsigned char>(s_[h - 1]))) return false;
    if (!digit_at(h + 1, e)) return is_day_month_year(word, e);
    if (h - word > 24) return false;  // not a phone number or date; also keeps long digit chains linear
    // Digit groups: phone numbers "713-853-3989", "853-3989", ZIP+4 "20006-3700"
    // and dates "11-20-2000" stay whole; ranges such as "1950-53" are split.
    int hyphens = 0;
    std::size_t left_digits = 0, right = 0;
    for (std::size_t i = word; i < h; ++i) {
      if (s_[i] == '-') {
        ++hyphens;
        left_digits = 0;
      } else if (is_digit_ascii(static_cast<unsigned char>(s_[i]))) {
        ++left_digits;
      } else {
        return false;
      }
    }
    std::size_t i = h + 1;
    for (; i < e && is_digit_ascii(static_cast<unsigned char>(s_[i])); ++i) ++right;
    if (i < e && s_[i] == '-' && digit_at(i + 1, e)) ++hyphens;
    if (hyphens >= 1) return true;
    return (left_digits == 3 && right == 4) || (left_digits == 5 && right == 4);
  }

  // "01-Feb-02": day, month abbreviation, year.
  bool is_day_month_year(std::size_t p, std::size_t e) const {
    std::size_t i = p, d1 = 0, m = 0, d2 = 0;
    while (i < e && is_digit_ascii(static_cast<unsigned char>(s_[i]))) ++i, ++d1;
    if (i >= e || s_[i] != '-') return false;
    ++i;
    while (i < e && is_alpha_ascii(static_cast<unsigned char>(s_[i]))) ++i, ++m;
    if (i >= e || s_[i] != '-') return false;
    ++i;
    while (i < e && is_digit_ascii(static_cast<unsigned char>(s_[i]))) ++i, ++d2;
    return d1 >= 1 && d1 <= 2 && m == 3 && (d2 == 2 || d2 == 4) && (i == e || !alnum_at(i, e));
  }

  bool is_initial_or_abbreviation(std::string_view w, std::size_t after_stop) const {
    if (is_abbreviation(w)) {
      if (!in_lower(w, kNumberAbbreviations)) return true;
      // "No. 5": the stop belongs to "No" only before a number.
      std::size_t i = after_stop;
      while (i < s_.size() && (s_[i] == ' ' || s_[i] == '\t')) ++i;
      return i < s_.size() && is_digit_ascii(static_cast<unsigned char>(s_[i]));
    }
    int len;
    char32_t c = cp_at(w, 0, len);
    if (static_cast<std::size_t>(len) == w.size()) return is_upper_cp(c);  // an initial: "D."
    // Letter-dot sequences: "U.S", "e.g", "Ph.D", "a.k.a".
    if (w.find('.') == std::string_view::npos) return false;
    std::size_t seg = 0;
    for (std::size_t i = 0; i <= w.size(); ++i) {
      if (i == w.size() || w[i] == '.') {
        if (i - seg == 0 || i - seg > 2) return false;
        seg = i + 1;
      } else if (!is_alpha_ascii(static_cast<unsigned char>(w[i]))) {
        return false;
      }
    }
    return true;
  }

  bool digit_group_of_three(std::size_t i, std::size_t e) const {
    return i + 3 <= e && digit_at(i, e) && digit_at(i + 1, e) && digit_at(i + 2, e) && !digit_at(i + 3, e);
  }
  bool short_letter_run_before(std::size_t q, std::size_t p) const {
    std::size_t n = 0, i = q;
    while (i > p && n < 3 && is_alpha_ascii(static_cast<unsigned char>(s_[i - 1]))) --i, ++n;
    return n >= 1 && n <= 2 && i == p;
  }
  bool short_letter_run_after(std::size_t i, std::size_t e) const {
    std::size_t n = 0;
    while (i < e && n < 3 && is_alpha_ascii(static_cast<unsigned char>(s_[i]))) ++i, ++n;
    return n >= 1 && n <= 2 && (i == e || !alnum_at(i, e) || s_[i] == '\'');
  }

  // A word from p: letters and digits with the joiners UD keeps inside
  // ("29,000", "3.5", "U.S.", "AT&T", "e-mail", "don't" before the clitic split).
  std::size_t word(std::size_t p, std::size_t e) {
    std::size_t q = p, seg = p;
    int len;
    while (q < e) {
      if (is_alnum_ascii(static_cast<unsigned char>(s_[q]))) {
        ++q;
        continue;
      }
      char32_t c = at(q, len);
      if (is_alnum_cp(c)) {
        q += static_cast<std::size_t>(len);
        continue;
      }
      const std::size_t next = q + static_cast<std::size_t>(len);
      const bool prev_digit = is_digit_ascii(static_cast<unsigned char>(s_[q - 1]));
      if (c == '.' && alnum_at(next, e)) {
        q = next;
        continue;
      }
      if (c == ',' && prev_digit && digit_group_of_three(next, e)) {
        q = next;
        continue;
      }
      if ((c == ':' || c == '/') && prev_digit && digit_at(next, e)) {
        q = next;
        continue;
      }
      // "b/c", "w/o", "L/C", "a&m", "P&L": one or two letters on each side.
      if ((c == '/' || c == '&') && short_letter_run_before(q, p) && short_letter_run_after(next, e)) {
        q = next;
        continue;
      }
      if (is_apostrophe_cp(c) && c != 0x2018 && letter_at(next, e)) {
        q = next;
        continue;
      }
      if (is_hyphen_cp(c) && alnum_at(next, e) && joins_hyphen(p, seg, q, e)) {
        q = next;
        seg = next;
        continue;
      }
      if ((c == '&' && is_upper_cp(before(q)) && next < e && is_upper_cp(at(next))) || (c == '_' && alnum_at(next, e))) {
        q = next;
        continue;
      }
      break;
    }
    // A final stop stays on abbreviations and initials ("Mr.", "U.S.", "D.").
    if (q < e && s_[q] == '.' && !(q + 1 < e && s_[q + 1] == '.') &&
        is_initial_or_abbreviation(s_.substr(p, q - p), q + 1))
      ++q;
    // Plural possessive "Edwards'": the apostrophe is a clitic, unless the
    // chunk opened with a single quote it closes.
    if (q < e && !opening_single_quote_ && (s_[q - 1] == 's' || s_[q - 1] == 'S')) {
      char32_t c = at(q, len);
      if ((c == '\'' || c == 0x2019) && !alnum_at(q + static_cast<std::size_t>(len), e) && q - p > 1) {
        emit(p, q);
        emit(q, q + static_cast<std::size_t>(len), true);
        return q + static_cast<std::size_t>(len);
      }
    }
    split_clitics(p, q);
    return q;
  }

  // Emits the word [p, q) as one token or as a multiword group.
  void split_clitics(std::size_t p, std::size_t q) {
    const std::string_view w = s_.substr(p, q - p);
    std::size_t cut = 0;
    const bool apostrophe = w.find('\'') != std::string_view::npos || w.find("\xE2\x80\x99") != std::string_view::npos;
    if (is_digit_ascii(static_cast<unsigned char>(w[0]))) {  // "80's", "1990's": one token in UD English
      emit(p, q);
      return;
    }
    // n't (ASCII or curly apostrophe)
    static constexpr std::string_view kApostrophes[] = {"'", "\xE2\x80\x99"};
    static constexpr std::string_view kClitics[] = {"s", "re", "ve", "ll", "d", "m"};
    for (std::string_view apo : kApostrophes) {
      if (cut || !apostrophe) break;
      const std::size_t n = 2 + apo.size();  // n + apo + t
      if (w.size() > n && (w.back() == 't' || w.back() == 'T') && w.substr(w.size() - 1 - apo.size(), apo.size()) == apo &&
          (w[w.size() - n] == 'n' || w[w.size() - n] == 'N'))
        cut = w.size() - n;
      if (cut) break;
      for (std::string_view clitic : kClitics) {
        const std::size_t m = apo.size() + clitic.size();
        if (w.size() > m && w.substr(w.size() - m, apo.size()) == apo &&
            equals_lower(w.substr(w.size() - clitic.size()), clitic)) {
          cut = w.size() - m;
          break;
        }
      }
    }
    if (!cut && !apostrophe && w.size() >= 2 && w.size() <= 8) {
      for (const Fused& f : kFused)
        if (equals_lower(w, f.word)) cut = f.split;
      if (!cut && w.size() >= 4 && equals_lower(w.substr(w.size() - 2), "nt") && in_lower(w.substr(0, w.size() - 2), kNtStems) &&
          !is_upper_ascii(static_cast<unsigned char>(w[1])))
        cut = w.size() - 2;
    }
    if (cut) {
      emit(p, p + cut);
      emit(p + cut, q, true);
    } else {
      emit(p, q);
    }
  }

  // Punctuation and symbols from p (not alphanumeric, not a special token).
  std::size_t punct(std::size_t p, std::size_t b, std::size_t e) const {
    int len;
    const char32_t c = at(p, len);
    const std::size_t next = p + static_cast<std::size_t>(len);
    // Emoticons standing alone or ending the chunk.
    if (c == ':' || c == ';' || c == '<') {
      for (std::string_view emo : kEmoticons) {
        if (s_.substr(p, emo.size()) == emo && p + emo.size() <= e &&
            (p + emo.size() == e || !alnum_at(p + emo.size(), e)) && (p == b || emo.size() > 2 || p + emo.size() == e))
          return p + emo.size();
      }
    }
    auto run_of = [&](auto pred) {
      std::size_t q = next;
      int l;
      while (q < e && pred(at(q, l))) q += static_cast<std::size_t>(l);
      return q;
    };
    if (c == '.' || c == '!' || c == '?') return run_of([](char32_t d) { return d == '.' || d == '!' || d == '?'; });
    if (c == '-') return run_of([](char32_t d) { return d == '-'; });
    if (c == '*' || c == '=' || c == '_' || c == '~' || c == '#' || c == '>' || c == '<' || c == '+' || c == '^')
      return run_of([c](char32_t d) { return d == c; });
    // Abbreviated years: "'73", "'90s".
    if (is_apostrophe_cp(c) && digit_at(next, e) && digit_at(next + 1, e) && !digit_at(next + 2, e)) {
      std::size_t q = next + 2;
      if (q < e && s_[q] == 's') ++q;
      if (q == e || !alnum_at(q, e)) return q;
    }
    // A clitic written apart from its host ("Jones 's", "ca n't").
    if (is_apostrophe_cp(c) && letter_at(next, e)) {
      std::size_t q = next;
      while (q < e && letter_at(q, e)) q += static_cast<std::size_t>(cp_at(s_, q, len), len);
      std::string_view tail = s_.substr(next, q - next);
      if (q == e || !alnum_at(q, e)) {
        for (std::string_view clitic : {"s", "re", "ve", "ll", "d", "m", "t"})
          if (equals_lower(tail, clitic) && p > b) return q;
      }
    }
    return next;
  }

  std::string_view s_;
  std::vector<Token>& tokens_;
  std::size_t chunk_end_ = 0;
  std::size_t failed_scan_end_ = 0;
  bool may_be_address_ = false;
  bool opening_single_quote_ = false;
};

}  // namespace

void tokenize_words(std::string_view text, const std::vector<Boilerplate>& skip, std::vector<Token>& tokens) {
  WordTokenizer(text, tokens).run(skip);
}

}  // namespace kg::text::detail
