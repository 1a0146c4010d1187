// The plain-text path: UTF-8 checks (strict or lossy), boilerplate, tokenizer
// and sentence splitter. Input either fails with kg::Error or tokenizes into
// tokens and sentences whose byte spans lie inside the text, in order.
#include <cstddef>
#include <cstdint>
#include <string>

#include "kg/base/error.h"
#include "kg/text/reader.h"
#include "kg/text/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  kg::text::ReadOptions read;
  read.lossy = (data[0] & 1) != 0;  // the first byte picks the options
  kg::text::TokenizeOptions tok;
  tok.keep_boilerplate = (data[0] & 2) != 0;
  kg::text::Document doc;
  try {
    doc = kg::text::text_document(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), "fuzz", "fuzz", read);
  } catch (const kg::Error&) {
    return 0;
  }
  kg::text::TokenizedDocument td;
  try {
    td = kg::text::tokenize(doc, tok);
  } catch (const kg::Error&) {
    return 0;
  }
  const auto n = doc.text.size();
  std::uint32_t prev_end = 0;
  for (const auto& t : td.tokens) {
    if (t.start > t.end || t.end > n || t.start < prev_end) __builtin_trap();
    prev_end = t.start;
  }
  std::uint32_t next_token = 0;
  for (const auto& s : td.sentences) {
    if (s.start > s.end || s.end > n) __builtin_trap();
    if (s.first_token < next_token || s.first_token + std::size_t{s.token_count} > td.tokens.size()) __builtin_trap();
    next_token = s.first_token + s.token_count;
  }
  return 0;
}
