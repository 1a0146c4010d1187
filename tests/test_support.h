// Shared helpers for the unit tests.
#pragma once
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "kg/base/warning.h"

#include <doctest/doctest.h>

namespace kg::test {

// Directory of the read-only shared material (treebanks, eval data), or empty
// when it is absent: tests that need it skip with a message.
inline std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("KG_SHARED")) return env;
  std::filesystem::path p = KG_SHARED_DIR;
  return std::filesystem::exists(p / "ud") ? p : std::filesystem::path{};
}

inline std::filesystem::path source_dir() { return KG_SOURCE_DIR; }

// Collects the warnings (kg::warn) issued while it lives, instead of printing them.
class WarningCapture {
 public:
  WarningCapture() : previous_(kg::set_warning_sink([this](const std::string& m) { messages.push_back(m); })) {}
  ~WarningCapture() { kg::set_warning_sink(std::move(previous_)); }
  WarningCapture(const WarningCapture&) = delete;
  WarningCapture& operator=(const WarningCapture&) = delete;
  std::vector<std::string> messages;

 private:
  kg::WarningSink previous_;
};

}  // namespace kg::test

// Skips the current test case (with a visible message) when ../shared is absent.
#define KG_REQUIRE_SHARED()                                                      \
  do {                                                                           \
    if (::kg::test::shared_dir().empty()) {                                      \
      MESSAGE("skipped: ../shared is absent (treebanks and eval data needed)");  \
      return;                                                                    \
    }                                                                            \
  } while (0)
