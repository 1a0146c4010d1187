#include "kg/base/error.h"

#include <cstring>

namespace kg {

std::string at_line(std::string_view file, std::size_t line, std::string_view message) {
  std::string s(file);
  s += ": line " + std::to_string(line) + ": ";
  s += message;
  return s;
}

std::string at_byte(std::string_view file, std::size_t offset, std::string_view message) {
  std::string s(file);
  s += ": byte " + std::to_string(offset) + ": ";
  s += message;
  return s;
}

std::string errno_text(int err) {
  char buf[256];
  // GNU strerror_r may return a static string instead of filling buf.
  const char* text = strerror_r(err, buf, sizeof buf);
  return text;
}

}  // namespace kg
