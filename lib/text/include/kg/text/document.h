// Documents, tokens and sentences with exact character offsets.
//
// Offsets are byte offsets into Document::text, which holds the input exactly
// as read (file bytes, or the JSONL `text` value after JSON unescaping), so
// text.substr(start, end - start) is the token or sentence as written.
// Token::form is the normalised form the models see (NFC, straight quotes,
// ASCII dashes and spaces).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace kg::text {

struct Document {
  std::string id;      // file stem, or the JSONL `id`
  std::string source;  // where it came from, for messages: path, "path:line" or "-"
  std::string title, date, url;
  std::string text;    // the original bytes
};

struct Token {
  std::uint32_t start = 0, end = 0;  // byte span in Document::text
  std::string form;                  // normalised form for the models
  bool space_after = true;
  // A syntactic word inside the same written token as the previous one: the
  // clitic of "don't" (do + n't), "Bush's", "gonna" (gon + na). CoNLL-U writes
  // such a group as a multiword token; token-level scores count it once.
  bool joined = false;
};

struct Sentence {
  std::uint32_t start = 0, end = 0;         // byte span in Document::text
  std::uint32_t first_token = 0;            // index into TokenizedDocument::tokens
  std::uint32_t token_count = 0;
  bool headline = false;                    // a line without final punctuation
};

// Lines recognised as scraped-news boilerplate (captions, credits, embeds...).
struct Boilerplate {
  std::uint32_t start = 0, end = 0;
  std::string kind;  // "advertisement", "caption", "credit", "url", "tweet", "byline", ...
};

struct TokenizedDocument {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Boilerplate> boilerplate;
};

}  // namespace kg::text
