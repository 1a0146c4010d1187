// The one exception type kg throws for bad input, bad usage or failed I/O.
// `main` catches it once, prints "kg: error: <what>" and exits with status 1.
// Messages name the file and the line, column or byte offset where that
// applies, e.g. "article.txt: byte 1042: invalid UTF-8 sequence".
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "FILE: line N: message"
std::string at_line(std::string_view file, std::size_t line, std::string_view message);
// "FILE: byte N: message"
std::string at_byte(std::string_view file, std::size_t offset, std::string_view message);
// The text of errno (strerror) for the current thread.
std::string errno_text(int err);

}  // namespace kg
