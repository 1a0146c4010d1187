#include "kg/text/tokenizer.h"

#include "kg/text/boilerplate.h"
#include "word_tokenizer.h"

namespace kg::text {

TokenizedDocument tokenize(const Document& doc, const TokenizeOptions& options) {
  const SentenceSplitter& splitter = options.splitter ? *options.splitter : SentenceSplitter::default_splitter();
  TokenizedDocument out;
  out.boilerplate = find_boilerplate(doc.text);
  static const std::vector<Boilerplate> none;
  out.tokens.reserve(doc.text.size() / 5 + 1);
  detail::tokenize_words(doc.text, options.keep_boilerplate ? none : out.boilerplate, out.tokens);
  out.sentences = splitter.split(doc.text, out.tokens);
  return out;
}

std::vector<Token> tokenize_text(std::string_view text) {
  std::vector<Token> tokens;
  detail::tokenize_words(text, {}, tokens);
  return tokens;
}

}  // namespace kg::text
