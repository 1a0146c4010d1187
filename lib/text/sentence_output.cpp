#include "kg/text/sentence_output.h"

namespace kg::text {

std::string one_line(std::string_view text) {
  std::string s(text);
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

void write_sentences_tsv(std::ostream& out, const Document& doc, const TokenizedDocument& t) {
  const std::string id = one_line(doc.id);
  for (const Sentence& s : t.sentences)
    out << id << '\t' << s.start << '\t' << s.end << '\t'
        << one_line(std::string_view(doc.text).substr(s.start, s.end - s.start)) << '\n';
}

void write_tokens_tsv(std::ostream& out, const Document& doc, const TokenizedDocument& t) {
  const std::string id = one_line(doc.id);
  for (std::size_t k = 0; k < t.sentences.size(); ++k) {
    const Sentence& s = t.sentences[k];
    for (std::uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      const Token& tok = t.tokens[i];
      out << id << '\t' << (k + 1) << '\t' << tok.start << '\t' << tok.end << '\t'
          << std::string_view(doc.text).substr(tok.start, tok.end - tok.start) << '\t' << tok.form << '\t'
          << (tok.joined ? "joined" : "-") << '\n';
    }
  }
}

}  // namespace kg::text
