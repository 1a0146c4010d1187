// Splits a query into tokens with their byte offsets. Keywords are recognised
// by the parser (case-insensitively) from Identifier tokens, so that a keyword
// can still be a property key (n.count, r.type).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::query {

enum class TokenKind : std::uint8_t {
  End,
  Identifier,         // name or `quoted name`
  QuotedIdentifier,   // `shake hand with`
  String,             // 'text' or "text", escapes resolved
  Integer,
  Float,
  LParen, RParen, LBracket, RBracket, LBrace, RBrace,
  Colon, Comma, Dot, DotDot, Pipe, Star, Plus, Minus, Slash, Percent, Caret,
  Eq, Ne, Lt, Le, Gt, Ge,  // = <> (also !=) < <= > >=
  Dollar, Semicolon,
};

struct Token {
  TokenKind kind = TokenKind::End;
  std::size_t pos = 0, end = 0;  // byte range in the query
  std::string text;              // identifier/string value; raw text otherwise
  std::int64_t int_value = 0;
  double float_value = 0.0;
};

// Throws kg::Error (with a caret) on an unterminated string, a bad escape, a
// number out of range or a character that starts no token.
std::vector<Token> tokenize_query(std::string_view query);

// "'('", "identifier", "end of query", ...: how errors name a token kind.
std::string describe(TokenKind kind);
// How errors name the token that was found: "'WHERE'", "end of query".
std::string describe(const Token& token);

}  // namespace kg::query
