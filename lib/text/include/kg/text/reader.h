// Reading documents: plain-text files, directories, standard input and JSONL.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kg/text/document.h"

namespace kg::text {

// Longest document (bytes of text, after JSON unescaping or UTF-8 repair):
// offsets in Token and Sentence are 32-bit. docs/limits.md.
inline constexpr std::size_t kMaxDocumentBytes = 0xFFFFFFFFu;

struct ReadOptions {
  bool lossy = false;  // replace invalid UTF-8 with U+FFFD instead of failing
  bool jsonl = false;  // every input is JSONL, whatever its extension
};

// Reads every input in order. An input is a file, "-" (standard input), or a
// directory, read recursively: its *.txt and *.jsonl files in sorted path
// order. A file is JSONL when it ends in .jsonl or options.jsonl is set: one
// JSON object per line with string fields `id` and `text` and optional
// `title`, `date`, `url` (blank lines are skipped). A plain-text document's
// id is the file stem ("stdin" for "-").
//
// Throws kg::Error naming the file and the byte offset or line for a missing
// or unreadable path, binary data, invalid UTF-8 (unless lossy), a bad JSONL
// line, a directory without documents, or two documents with the same id and
// different text. The same document given twice (same id, same text: a path
// listed twice, a repeated JSONL line) is read once, with a warning; the
// same text under two ids is read twice, with a warning. Empty files give a
// document with empty text (which has no sentences). Document::text keeps the bytes as
// read (BOM and CR LF included); with `lossy` it is the repaired text.
std::vector<Document> read_documents(const std::vector<std::string>& inputs, const ReadOptions& options);

// One plain-text document from bytes already in memory; `source` names it in
// messages. Same checks as read_documents.
Document text_document(std::string bytes, std::string id, std::string source, const ReadOptions& options);

// The documents of one JSONL text; `source` names it in messages.
std::vector<Document> jsonl_documents(std::string_view data, const std::string& source, const ReadOptions& options);

}  // namespace kg::text
