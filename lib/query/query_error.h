// Errors in a query point at the place: the message names the line and column,
// then shows the query line with a caret under the offending byte.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace kg::query {

// "query: line L, column C: MESSAGE\n  <line text>\n  <spaces>^"
std::string describe_at(std::string_view query, std::size_t pos, std::string_view message);

// Throws kg::Error with describe_at(...).
[[noreturn]] void fail_at(std::string_view query, std::size_t pos, std::string_view message);

}  // namespace kg::query
