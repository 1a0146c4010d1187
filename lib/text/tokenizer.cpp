#include "kg/text/tokenizer.h"

#include <cctype>

#include "kg/text/boilerplate.h"
#include "name_hyphens.h"
#include "word_tokenizer.h"

namespace kg::text {
namespace {

// "etc." or "Inc." ending a sentence lends its stop to the sentence, as UD
// English writes it ("etc" + "."); an initial ("D.") keeps it.
bool ends_with_borrowable_stop(const Token& t) {
  const std::string& f = t.form;
  return f.size() > 2 && f.back() == '.' && t.end - t.start == f.size() && std::isalpha(static_cast<unsigned char>(f[0]));
}

void split_final_stops(TokenizedDocument& d) {
  std::size_t stops = 0;
  for (const Sentence& s : d.sentences) stops += ends_with_borrowable_stop(d.tokens[s.first_token + s.token_count - 1]);
  if (stops == 0) return;
  std::vector<Token> tokens;
  tokens.reserve(d.tokens.size() + stops);
  for (Sentence& s : d.sentences) {
    const std::uint32_t first = static_cast<std::uint32_t>(tokens.size());
    const std::uint32_t last = s.first_token + s.token_count - 1;
    for (std::uint32_t i = s.first_token; i <= last; ++i) tokens.push_back(std::move(d.tokens[i]));
    if (ends_with_borrowable_stop(tokens.back())) {
      Token stop;
      stop.start = tokens.back().end - 1;
      stop.end = tokens.back().end;
      stop.form = ".";
      stop.space_after = tokens.back().space_after;
      tokens.back().end -= 1;
      tokens.back().form.pop_back();
      tokens.back().space_after = false;
      tokens.push_back(std::move(stop));
    }
    s.first_token = first;
    s.token_count = static_cast<std::uint32_t>(tokens.size()) - first;
  }
  d.tokens = std::move(tokens);
}

}  // namespace

TokenizedDocument tokenize(const Document& doc, const TokenizeOptions& options) {
  const SentenceSplitter& splitter = options.splitter ? *options.splitter : SentenceSplitter::default_splitter();
  TokenizedDocument out;
  out.boilerplate = find_boilerplate(doc.text);
  static const std::vector<Boilerplate> none;
  out.tokens.reserve(doc.text.size() / 3 + 16);
  detail::tokenize_words(doc.text, options.keep_boilerplate ? none : out.boilerplate, out.tokens);
  out.sentences = splitter.split(doc.text, out.tokens);
  split_final_stops(out);
  if (options.join_name_hyphens) detail::join_name_hyphens(out);
  return out;
}

std::vector<Token> tokenize_text(std::string_view text) {
  std::vector<Token> tokens;
  detail::tokenize_words(text, {}, tokens);
  return tokens;
}

}  // namespace kg::text
