// JSONL documents: one JSON object per line.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "kg/base/error.h"
#include "kg/text/reader.h"
#include "kg/text/utf8.h"

namespace kg::text {
namespace {

std::string optional_string(const rapidjson::Value& obj, const char* key, const std::string& source,
                            std::size_t line) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) return {};
  if (!it->value.IsString())
    throw Error(at_line(source, line, std::string("field '") + key + "' must be a string"));
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::string required_string(const rapidjson::Value& obj, const char* key, const std::string& source,
                            std::size_t line) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd())
    throw Error(at_line(source, line, std::string("missing field '") + key + "'"));
  if (!it->value.IsString())
    throw Error(at_line(source, line, std::string("field '") + key + "' must be a string"));
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

}  // namespace

std::vector<Document> jsonl_documents(std::string_view data, const std::string& source, const ReadOptions& options) {
  std::vector<Document> docs;
  std::size_t pos = 0, line_no = 0;
  if (data.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  std::size_t where = 0;
  if (looks_binary(data, where))
    throw Error(at_byte(source, where, "binary data, not text (expected JSONL)"));
  while (pos < data.size()) {
    ++line_no;
    std::size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string line(data.substr(pos, nl - pos));
    const std::size_t line_start = pos;
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::size_t bad = find_invalid_utf8(line);
    if (bad != kNoError) {
      if (!options.lossy)
        throw Error(at_line(source, line_no,
                            "byte " + std::to_string(line_start + bad) +
                                ": invalid UTF-8 sequence (use --lossy to replace invalid bytes with U+FFFD)"));
      line = repair_utf8(line);
    }
    rapidjson::Document json;
    // Iterative: the recursive parser overflows the stack on deeply nested lines.
    json.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(line.data(), line.size());
    if (json.HasParseError())
      throw Error(at_line(source, line_no,
                          std::string("invalid JSON at column ") + std::to_string(json.GetErrorOffset() + 1) +
                              ": " + rapidjson::GetParseError_En(json.GetParseError())));
    if (!json.IsObject()) throw Error(at_line(source, line_no, "expected a JSON object with 'id' and 'text'"));
    Document d;
    d.id = required_string(json, "id", source, line_no);
    if (d.id.empty()) throw Error(at_line(source, line_no, "field 'id' is empty"));
    d.text = required_string(json, "text", source, line_no);
    d.title = optional_string(json, "title", source, line_no);
    d.date = optional_string(json, "date", source, line_no);
    d.url = optional_string(json, "url", source, line_no);
    d.source = source + ":" + std::to_string(line_no);
    // JSON escapes can still produce text no reader accepts (\u0000) or
    // invalid UTF-8 after unescaping (lone surrogates are rejected by the parser).
    if (d.text.find('\0') != std::string::npos)
      throw Error(at_line(source, line_no, "field 'text' contains a NUL character"));
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace kg::text
