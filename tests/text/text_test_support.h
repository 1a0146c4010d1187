// Helpers shared by the text-layer tests.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "kg/base/atomic_file.h"
#include "kg/text/tokenizer.h"
#include "test_support.h"

namespace kg::test {

inline std::filesystem::path fresh_dir(const std::string& name) {
  auto d = std::filesystem::temp_directory_path() / ("kg_text_test_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(d);
  std::filesystem::create_directories(d);
  return d;
}

inline void write(const std::filesystem::path& p, const std::string& data) {
  std::filesystem::create_directories(p.parent_path());
  kg::write_file_atomic(p, data);
}

// The committed splitter model (models/splitter.kgm in the source tree).
inline const kg::text::SentenceSplitter& splitter() {
  static const auto s = kg::text::SentenceSplitter::load(source_dir() / "models" / "splitter.kgm");
  return s;
}

inline kg::text::TokenizedDocument tokenize(const std::string& text, bool keep_boilerplate = false) {
  kg::text::Document d;
  d.id = "t";
  d.text = text;
  kg::text::TokenizeOptions o;
  o.keep_boilerplate = keep_boilerplate;
  o.splitter = &splitter();
  return kg::text::tokenize(d, o);
}

// Token texts as written, joined by "|"; words of one multiword token joined by "+".
inline std::string token_string(const std::string& text) {
  std::string out;
  for (const auto& t : kg::text::tokenize_text(text)) {
    if (!out.empty()) out += t.joined ? "+" : "|";
    out += text.substr(t.start, t.end - t.start);
  }
  return out;
}

inline std::vector<std::string> sentence_texts(const std::string& text, bool keep_boilerplate = false) {
  std::vector<std::string> out;
  for (const auto& s : tokenize(text, keep_boilerplate).sentences) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

}  // namespace kg::test
