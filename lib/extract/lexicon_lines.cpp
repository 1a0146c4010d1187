#include "lexicon_lines.h"

#include <cctype>

#include "kg/base/error.h"

namespace kg::extract {
namespace {

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    i += n;
  }
  return true;
}

}  // namespace

std::string lower_words(std::string_view s) {
  std::string out;
  bool space = false;
  for (char ch : s) {
    if (ch == ' ' || ch == '\t' || ch == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return out;
}

void for_each_lexicon_line(std::string_view data, std::string_view source, std::size_t columns,
                           const std::function<void(std::size_t, const std::vector<std::string>&)>& fn) {
  std::size_t line_no = 0, pos = 0;
  while (pos < data.size()) {
    std::size_t nl = data.find('\n', pos);
    std::string_view line = data.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? data.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!valid_utf8(line)) throw Error(at_line(source, line_no, "invalid UTF-8"));
    std::string_view trimmed = line;
    while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t')) trimmed.remove_prefix(1);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    std::vector<std::string> cols;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      cols.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (cols.size() != columns)
      throw Error(at_line(source, line_no,
                          "expected " + std::to_string(columns) + " tab-separated columns, found " +
                              std::to_string(cols.size())));
    for (std::size_t k = 0; k < cols.size(); ++k)
      if (lower_words(cols[k]).empty())
        throw Error(at_line(source, line_no, "column " + std::to_string(k + 1) + " is empty"));
    fn(line_no, cols);
  }
}

}  // namespace kg::extract
