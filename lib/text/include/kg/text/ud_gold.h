// Raw text and gold tokens/sentences rebuilt from a CoNLL-U treebank, as the
// CoNLL 2018 shared task does: per document (`# newdoc`), the `# text` of
// each sentence, sentences of one paragraph (`# newpar`) joined by a space,
// paragraphs by a blank line. Used to evaluate and train the tokenizer and
// sentence splitter.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kg::text {

struct GoldToken {
  std::uint32_t start = 0, end = 0;  // byte span in GoldDocument::text
  std::vector<std::string> words;    // its syntactic words (one unless a multiword token)
};

struct GoldDocument {
  std::string id;
  std::string text;
  std::vector<GoldToken> tokens;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> sentences;  // byte spans
};

// Throws kg::Error naming the file and line for a token that does not match
// its sentence's `# text`, a sentence without `# text`, or a malformed line.
std::vector<GoldDocument> read_ud_gold(const std::filesystem::path& path);

}  // namespace kg::text
