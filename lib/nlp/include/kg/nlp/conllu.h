// CoNLL-U sentences: the annotated form every NLP component reads and writes.
#pragma once
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

struct Word {
  std::string form, lemma, upos, xpos, feats, deprel, deps, misc;
  int head = -1;                     // 0 = root, 1..n = word index (1-based), -1 = none yet
  std::uint32_t start = 0, end = 0;  // byte span in the source document, when known
  std::string ner;                   // BILOU entity tag ("B-PERSON", "O"), when predicted
};

// A multiword token such as "don't" covering words first..last (1-based, inclusive).
struct MultiwordToken {
  int first = 0, last = 0;
  std::string form, misc;
};

struct Sentence {
  std::string id;                     // # sent_id
  std::string text;                   // # text
  std::vector<std::string> comments;  // every comment line, without "# "
  std::vector<Word> words;
  std::vector<MultiwordToken> mwts;
  std::size_t line = 0;               // line of the first row in the source file
};

// Strict reader: a malformed row throws kg::Error "SOURCE: line N: what".
// Empty nodes (ids like 8.1) are skipped.
std::vector<Sentence> parse_conllu(std::string_view data, std::string_view source);
std::vector<Sentence> read_conllu(const std::filesystem::path& path);

void write_conllu(std::ostream& out, const Sentence& s);

// Value of KEY=value in a MISC field, or empty.
std::string_view misc_value(std::string_view misc, std::string_view key);

}  // namespace kg::nlp
