// Documents → tokens and sentences, with byte offsets into Document::text.
#pragma once
#include <vector>

#include "kg/text/document.h"
#include "kg/text/splitter.h"

namespace kg::text {

struct TokenizeOptions {
  bool keep_boilerplate = false;              // tokenize boilerplate lines as text
  const SentenceSplitter* splitter = nullptr;  // null: SentenceSplitter::default_splitter()
  // Keep hyphenated given names whole ("Moon Jae-in", "Kim Jong-un"; see
  // name_hyphens.h). UD splits them, so treebank evaluations leave this off;
  // parsing and extraction of news text turn it on.
  bool join_name_hyphens = false;
};

// Tokens follow the UD English EWT/GUM conventions: clitics split into words
// of one multiword token ("don't" = do + n't, Token::joined), punctuation
// apart, hyphenated words split except after prefixes ("non-profit",
// "e-mail"), numbers whole ("29,000", "3.5", phone numbers) but ranges split
// ("1950 - 53"), abbreviations and initials keep their stop ("U.S.", "Mr.",
// "D."), URLs, e-mail addresses, @handles and #hashtags whole.
// Boilerplate lines (see boilerplate.h) are listed in `boilerplate` and, unless
// options.keep_boilerplate, left out of tokens and sentences.
TokenizedDocument tokenize(const Document& doc, const TokenizeOptions& options = {});

// Tokens only (no sentences, no boilerplate removal), for tests and tools.
std::vector<Token> tokenize_text(std::string_view text);

}  // namespace kg::text
