#include "query_error.h"

#include "kg/base/error.h"

namespace kg::query {

std::string describe_at(std::string_view query, std::size_t pos, std::string_view message) {
  if (pos > query.size()) pos = query.size();
  std::size_t line_start = 0, line_no = 1;
  for (std::size_t i = 0; i < pos; ++i)
    if (query[i] == '\n') line_start = i + 1, ++line_no;
  std::size_t line_end = query.find('\n', pos);
  if (line_end == std::string_view::npos) line_end = query.size();
  std::string_view line = query.substr(line_start, line_end - line_start);
  // The caret column counts characters, not bytes, so it lines up under
  // multi-byte UTF-8 text; tabs are kept so terminals align them alike.
  std::string pad;
  std::size_t column = 1;
  for (std::size_t i = line_start; i < pos; ++i) {
    unsigned char c = static_cast<unsigned char>(query[i]);
    if ((c & 0xC0) == 0x80) continue;
    pad += c == '\t' ? '\t' : ' ';
    ++column;
  }
  std::string out = "query: line " + std::to_string(line_no) + ", column " + std::to_string(column) + ": ";
  out += message;
  out += "\n  ";
  out += line;
  out += "\n  ";
  out += pad;
  out += '^';
  return out;
}

void fail_at(std::string_view query, std::size_t pos, std::string_view message) {
  throw Error(describe_at(query, pos, message));
}

}  // namespace kg::query
