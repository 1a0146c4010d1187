// Shared helpers for the unit tests.
#pragma once
#include <cstdlib>
#include <filesystem>
#include <string>

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

}  // namespace kg::test

// Skips the current test case (with a visible message) when ../shared is absent.
#define KG_REQUIRE_SHARED()                                                      \
  do {                                                                           \
    if (::kg::test::shared_dir().empty()) {                                      \
      MESSAGE("skipped: ../shared is absent (treebanks and eval data needed)");  \
      return;                                                                    \
    }                                                                            \
  } while (0)
