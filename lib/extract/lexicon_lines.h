// Line reader shared by the lexicon files: tab-separated columns, '#'
// comments and blank lines skipped, errors naming the file and the line.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// Calls `fn(line_number, columns)` for every data line. Throws kg::Error
// "SOURCE: line N: what" when a line has a column count other than `columns`
// or an empty column, or is not valid UTF-8.
void for_each_lexicon_line(std::string_view data, std::string_view source, std::size_t columns,
                           const std::function<void(std::size_t, const std::vector<std::string>&)>& fn);

// Lower-cased, trimmed, inner runs of spaces collapsed to one.
std::string lower_words(std::string_view s);

}  // namespace kg::extract
