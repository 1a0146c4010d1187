#include "lexer.h"

#include <cerrno>
#include <charconv>
#include <cctype>
#include <cstdlib>

#include "kg/base/error.h"
#include "kg/text/utf8.h"
#include "query_error.h"

namespace kg::query {
namespace {

bool is_ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_ident_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

class Lexer {
 public:
  explicit Lexer(std::string_view q) : q_(q) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    for (;;) {
      skip_space();
      Token t;
      t.pos = i_;
      if (i_ >= q_.size()) {
        t.kind = TokenKind::End;
        t.end = i_;
        out.push_back(std::move(t));
        return out;
      }
      lex_one(t);
      t.end = i_;
      if (t.kind != TokenKind::String && t.kind != TokenKind::Identifier && t.kind != TokenKind::QuotedIdentifier)
        t.text = std::string(q_.substr(t.pos, t.end - t.pos));
      out.push_back(std::move(t));
    }
  }

 private:
  std::string_view q_;
  std::size_t i_ = 0;

  char peek(std::size_t k = 0) const { return i_ + k < q_.size() ? q_[i_ + k] : '\0'; }

  void skip_space() {
    for (;;) {
      while (i_ < q_.size() && std::isspace(static_cast<unsigned char>(q_[i_]))) ++i_;
      if (peek() == '/' && peek(1) == '/') {
        while (i_ < q_.size() && q_[i_] != '\n') ++i_;
      } else if (peek() == '/' && peek(1) == '*') {
        std::size_t start = i_;
        std::size_t close = q_.find("*/", i_ + 2);
        if (close == std::string_view::npos) fail_at(q_, start, "unterminated comment: expected '*/'");
        i_ = close + 2;
      } else {
        return;
      }
    }
  }

  void lex_one(Token& t) {
    char c = q_[i_];
    auto single = [&](TokenKind k) {
      t.kind = k;
      ++i_;
    };
    switch (c) {
      case '(': return single(TokenKind::LParen);
      case ')': return single(TokenKind::RParen);
      case '[': return single(TokenKind::LBracket);
      case ']': return single(TokenKind::RBracket);
      case '{': return single(TokenKind::LBrace);
      case '}': return single(TokenKind::RBrace);
      case ':': return single(TokenKind::Colon);
      case ',': return single(TokenKind::Comma);
      case '|': return single(TokenKind::Pipe);
      case '*': return single(TokenKind::Star);
      case '+': return single(TokenKind::Plus);
      case '-': return single(TokenKind::Minus);
      case '/': return single(TokenKind::Slash);
      case '%': return single(TokenKind::Percent);
      case '^': return single(TokenKind::Caret);
      case '=': return single(TokenKind::Eq);
      case '$': return single(TokenKind::Dollar);
      case ';': return single(TokenKind::Semicolon);
      case '.':
        if (peek(1) == '.') {
          t.kind = TokenKind::DotDot;
          i_ += 2;
          return;
        }
        if (is_digit(peek(1))) return lex_number(t);
        return single(TokenKind::Dot);
      case '<':
        if (peek(1) == '=') { t.kind = TokenKind::Le; i_ += 2; return; }
        if (peek(1) == '>') { t.kind = TokenKind::Ne; i_ += 2; return; }
        return single(TokenKind::Lt);
      case '>':
        if (peek(1) == '=') { t.kind = TokenKind::Ge; i_ += 2; return; }
        return single(TokenKind::Gt);
      case '!':
        if (peek(1) == '=') { t.kind = TokenKind::Ne; i_ += 2; return; }
        fail_at(q_, i_, "unexpected character '!': use NOT or <>");
      case '\'':
      case '"': return lex_string(t, c);
      case '`': return lex_quoted_identifier(t);
      default: break;
    }
    if (is_digit(c)) return lex_number(t);
    if (is_ident_start(static_cast<unsigned char>(c))) {
      while (i_ < q_.size() && is_ident_char(static_cast<unsigned char>(q_[i_]))) ++i_;
      t.kind = TokenKind::Identifier;
      t.text = std::string(q_.substr(t.pos, i_ - t.pos));
      return;
    }
    std::string shown = std::isprint(static_cast<unsigned char>(c)) ? std::string(1, c) : "\\x" + hex(c);
    fail_at(q_, i_, "unexpected character '" + shown + "'");
  }

  static std::string hex(char c) {
    static const char* digits = "0123456789abcdef";
    unsigned char u = static_cast<unsigned char>(c);
    return {digits[u >> 4], digits[u & 15]};
  }

  void lex_number(Token& t) {
    std::size_t start = i_;
    bool is_float = false;
    while (is_digit(peek())) ++i_;
    if (peek() == '.' && is_digit(peek(1))) {
      is_float = true;
      ++i_;
      while (is_digit(peek())) ++i_;
    }
    if ((peek() == 'e' || peek() == 'E') && (is_digit(peek(1)) || ((peek(1) == '-' || peek(1) == '+') && is_digit(peek(2))))) {
      is_float = true;
      i_ += 2;
      while (is_digit(peek())) ++i_;
    }
    if (is_ident_char(static_cast<unsigned char>(peek())))
      fail_at(q_, i_, "unexpected character after number");
    std::string text(q_.substr(start, i_ - start));
    if (is_float) {
      t.kind = TokenKind::Float;
      errno = 0;
      t.float_value = std::strtod(text.c_str(), nullptr);
      if (errno == ERANGE) fail_at(q_, start, "number out of range");
    } else {
      t.kind = TokenKind::Integer;
      auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), t.int_value);
      (void)p;
      if (ec != std::errc()) fail_at(q_, start, "integer out of range (the largest is 9223372036854775807)");
    }
  }

  void lex_string(Token& t, char quote) {
    std::size_t start = i_++;
    std::string value;
    for (;;) {
      if (i_ >= q_.size()) fail_at(q_, start, std::string("unterminated string: expected closing ") + quote);
      char c = q_[i_++];
      if (c == quote) break;
      if (c != '\\') {
        value += c;
        continue;
      }
      if (i_ >= q_.size()) fail_at(q_, start, std::string("unterminated string: expected closing ") + quote);
      char e = q_[i_++];
      switch (e) {
        case '\\': value += '\\'; break;
        case '\'': value += '\''; break;
        case '"': value += '"'; break;
        case 'n': value += '\n'; break;
        case 't': value += '\t'; break;
        case 'r': value += '\r'; break;
        case 'b': value += '\b'; break;
        case 'f': value += '\f'; break;
        case 'u': {
          std::uint32_t cp = 0;
          for (int k = 0; k < 4; ++k) {
            char h = peek();
            int d = is_digit(h) ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
            if (d < 0) fail_at(q_, i_, "expected four hex digits after \\u");
            cp = cp * 16 + static_cast<std::uint32_t>(d);
            ++i_;
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) fail_at(q_, i_ - 6, "\\u escape names a UTF-16 surrogate");
          append_utf8(value, cp);
          break;
        }
        default: fail_at(q_, i_ - 2, std::string("unknown escape '\\") + e + "' in string");
      }
    }
    t.kind = TokenKind::String;
    t.text = std::move(value);
  }

  void lex_quoted_identifier(Token& t) {
    std::size_t start = i_++;
    std::string value;
    for (;;) {
      if (i_ >= q_.size()) fail_at(q_, start, "unterminated `name`: expected closing `");
      char c = q_[i_++];
      if (c == '`') {
        if (peek() == '`') {  // `` inside a quoted name is one backtick
          value += '`';
          ++i_;
          continue;
        }
        break;
      }
      value += c;
    }
    if (value.empty()) fail_at(q_, start, "empty `` name");
    t.kind = TokenKind::QuotedIdentifier;
    t.text = std::move(value);
  }
};

}  // namespace

std::vector<Token> tokenize_query(std::string_view query) {
  // Names and strings are compared and printed as UTF-8; invalid bytes would
  // silently match nothing and reach the output, so they are an error here.
  if (std::size_t bad = text::find_invalid_utf8(query); bad != text::kNoError)
    throw Error(at_byte("query", bad, "invalid UTF-8"));
  return Lexer(query).run();
}

std::string describe(TokenKind kind) {
  switch (kind) {
    case TokenKind::End: return "end of query";
    case TokenKind::Identifier: return "a name";
    case TokenKind::QuotedIdentifier: return "a `name`";
    case TokenKind::String: return "a string";
    case TokenKind::Integer: return "an integer";
    case TokenKind::Float: return "a number";
    case TokenKind::LParen: return "'('";
    case TokenKind::RParen: return "')'";
    case TokenKind::LBracket: return "'['";
    case TokenKind::RBracket: return "']'";
    case TokenKind::LBrace: return "'{'";
    case TokenKind::RBrace: return "'}'";
    case TokenKind::Colon: return "':'";
    case TokenKind::Comma: return "','";
    case TokenKind::Dot: return "'.'";
    case TokenKind::DotDot: return "'..'";
    case TokenKind::Pipe: return "'|'";
    case TokenKind::Star: return "'*'";
    case TokenKind::Plus: return "'+'";
    case TokenKind::Minus: return "'-'";
    case TokenKind::Slash: return "'/'";
    case TokenKind::Percent: return "'%'";
    case TokenKind::Caret: return "'^'";
    case TokenKind::Eq: return "'='";
    case TokenKind::Ne: return "'<>'";
    case TokenKind::Lt: return "'<'";
    case TokenKind::Le: return "'<='";
    case TokenKind::Gt: return "'>'";
    case TokenKind::Ge: return "'>='";
    case TokenKind::Dollar: return "'$'";
    case TokenKind::Semicolon: return "';'";
  }
  return "?";
}

std::string describe(const Token& token) {
  switch (token.kind) {
    case TokenKind::End: return "end of query";
    case TokenKind::String: return "string '" + token.text + "'";
    case TokenKind::QuotedIdentifier: return "`" + token.text + "`";
    default: return "'" + token.text + "'";
  }
}

}  // namespace kg::query
