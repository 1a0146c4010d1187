// Tab-separated output of sentences and tokens (kg sentences, kg tokenize).
#pragma once
#include <ostream>
#include <string>
#include <string_view>

#include "kg/text/document.h"

namespace kg::text {

// `text` with tabs and line breaks (CR, LF) replaced by spaces, for one-line output.
std::string one_line(std::string_view text);

// One line per sentence: doc id, start, end, text.
void write_sentences_tsv(std::ostream& out, const Document& doc, const TokenizedDocument& t);

// One line per token: doc id, sentence number (from 1), start, end, text as
// written, normalised form, and "joined" when the token continues the previous
// one's multiword token ("n't" of "don't"), else "-".
void write_tokens_tsv(std::ostream& out, const Document& doc, const TokenizedDocument& t);

}  // namespace kg::text
