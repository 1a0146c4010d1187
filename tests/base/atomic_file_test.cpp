#include <filesystem>
#include <fstream>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace {
fs::path temp_dir(const char* name) {
  fs::path d = fs::temp_directory_path() / (std::string("kg_test_") + name + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
size_t count_entries(const fs::path& d) {
  size_t n = 0;
  for ([[maybe_unused]] auto& e : fs::directory_iterator(d)) ++n;
  return n;
}
}  // namespace

TEST_CASE("atomic file: commit replaces the target and leaves nothing else") {
  fs::path d = temp_dir("atomic1");
  kg::write_file_atomic(d / "out.txt", "old");
  kg::write_file_atomic(d / "out.txt", "new contents");
  CHECK(kg::read_file(d / "out.txt") == "new contents");
  CHECK(count_entries(d) == 1);
  fs::remove_all(d);
}

TEST_CASE("atomic file: without commit the old file stays untouched") {
  fs::path d = temp_dir("atomic2");
  kg::write_file_atomic(d / "out.txt", "old");
  {
    kg::AtomicFile f(d / "out.txt");
    f.stream() << "half written";
  }
  CHECK(kg::read_file(d / "out.txt") == "old");
  CHECK(count_entries(d) == 1);
  fs::remove_all(d);
}

TEST_CASE("atomic file: disk full names the file and the system error") {
  if (!fs::exists("/dev/full")) return;
  try {
    kg::write_file_atomic("/dev/full", std::string(1 << 20, 'x'));
    FAIL("no error for /dev/full");
  } catch (const kg::Error& e) {
    std::string m = e.what();
    CHECK(m.find("/dev/full") != std::string::npos);
    CHECK(m.find("No space left on device") != std::string::npos);
  }
}

TEST_CASE("atomic file: missing directory and directory targets are errors") {
  CHECK_THROWS_AS(kg::write_file_atomic("/nonexistent-dir-kg/x.txt", "x"), kg::Error);
  fs::path d = temp_dir("atomic3");
  CHECK_THROWS_AS(kg::write_file_atomic(d, "x"), kg::Error);
  CHECK_THROWS_AS(kg::read_file(d), kg::Error);
  CHECK_THROWS_AS(kg::read_file(d / "missing"), kg::Error);
  fs::remove_all(d);
}
