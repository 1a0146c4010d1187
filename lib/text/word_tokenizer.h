// The tokenizer proper: text → tokens (syntactic words) with byte spans,
// following the UD English EWT/GUM conventions.
#pragma once
#include <string_view>
#include <vector>

#include "kg/text/document.h"

namespace kg::text::detail {

// Tokenizes `text`, skipping the `skip` spans (sorted, disjoint). Appends to `tokens`.
void tokenize_words(std::string_view text, const std::vector<Boilerplate>& skip, std::vector<Token>& tokens);

}  // namespace kg::text::detail
