#include "kg/text/reader.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <system_error>
#include <unordered_map>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/base/warning.h"
#include "kg/text/utf8.h"

namespace kg::text {
namespace fs = std::filesystem;

namespace {

bool has_extension(const fs::path& p, std::string_view ext) { return p.extension().string() == ext; }

std::string check_text(std::string bytes, const std::string& source, const ReadOptions& options) {
  // Token and sentence offsets are 32-bit (document.h); a longer document
  // would wrap them. (Repair can grow the text by at most 3x; see below.)
  if (bytes.size() > kMaxDocumentBytes)
    throw Error(source + ": document of " + std::to_string(bytes.size()) + " bytes is longer than the limit of " +
                std::to_string(kMaxDocumentBytes) + " bytes; split it");
  std::size_t where = 0;
  if (looks_binary(bytes, where))
    throw Error(at_byte(source, where, "binary data, not text (expected UTF-8 text or JSONL)"));
  std::size_t bad = find_invalid_utf8(bytes);
  if (bad == kNoError) return bytes;
  if (options.lossy) {
    std::string repaired = repair_utf8(bytes);
    if (repaired.size() > kMaxDocumentBytes)
      throw Error(source + ": document is longer than the limit of " + std::to_string(kMaxDocumentBytes) +
                  " bytes after replacing invalid UTF-8; split it");
    return repaired;
  }
  throw Error(at_byte(source, bad, "invalid UTF-8 sequence (use --lossy to replace invalid bytes with U+FFFD)"));
}

void collect_directory(const fs::path& dir, std::vector<fs::path>& out) {
  std::vector<fs::path> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  if (ec) throw Error(dir.string() + ": cannot read directory: " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) throw Error(dir.string() + ": cannot read directory: " + ec.message());
    const fs::path& p = it->path();
    std::error_code fec;
    if (!it->is_regular_file(fec)) continue;
    if (has_extension(p, ".txt") || has_extension(p, ".jsonl")) found.push_back(p);
  }
  if (found.empty()) throw Error(dir.string() + ": no *.txt or *.jsonl files in this directory");
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

Document text_document(std::string bytes, std::string id, std::string source, const ReadOptions& options) {
  Document d;
  d.text = check_text(std::move(bytes), source, options);
  d.id = std::move(id);
  d.source = std::move(source);
  return d;
}

std::vector<Document> read_documents(const std::vector<std::string>& inputs, const ReadOptions& options) {
  std::vector<fs::path> files;
  for (const std::string& in : inputs) {
    if (in == "-") {
      files.emplace_back("-");
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(in, ec);
    if (ec || !fs::exists(st)) {
      if (fs::is_symlink(fs::symlink_status(in, ec)))
        throw Error(in + ": broken symbolic link");
      throw Error(in + ": no such file or directory");
    }
    if (fs::is_directory(st))
      collect_directory(in, files);
    else
      files.emplace_back(in);
  }
  std::vector<Document> docs;
  // Document id -> index in docs, and text hash -> index, for repeats.
  std::unordered_map<std::string, std::size_t> by_id;
  std::unordered_multimap<std::size_t, std::size_t> by_text;
  auto add = [&](Document d) {
    if (auto it = by_id.find(d.id); it != by_id.end()) {
      const Document& first = docs[it->second];
      if (first.text != d.text)
        throw Error(d.source + ": duplicate document id '" + d.id + "' (also in " + first.source +
                    ") with different text; give each document its own id");
      warn(d.source + ": document '" + d.id + "' was already read from " + first.source + "; read once");
      return;
    }
    const std::size_t h = std::hash<std::string>{}(d.text);
    // (Empty documents get their own warning when they are parsed.)
    const bool blank = d.text.find_first_not_of(" \t\r\n") == std::string::npos;
    auto [lo, hi] = by_text.equal_range(h);
    for (auto it = lo; it != hi && !blank; ++it)
      if (docs[it->second].text == d.text) {
        warn(d.source + ": document '" + d.id + "' has the same text as document '" + docs[it->second].id +
             "' (" + docs[it->second].source + "); both are read");
        break;
      }
    by_id.emplace(d.id, docs.size());
    by_text.emplace(h, docs.size());
    docs.push_back(std::move(d));
  };
  for (const fs::path& f : files) {
    const std::string name = f.string();
    std::string bytes = read_file(f);
    if (options.jsonl || has_extension(f, ".jsonl")) {
      for (Document& d : jsonl_documents(bytes, name, options)) add(std::move(d));
    } else {
      std::string id = name == "-" ? std::string("stdin") : f.stem().string();
      add(text_document(std::move(bytes), std::move(id), name, options));
    }
  }
  return docs;
}

}  // namespace kg::text
