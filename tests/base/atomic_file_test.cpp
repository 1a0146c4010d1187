#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

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

namespace {
// The directories of the files this process has open (an O_TMPFILE file
// shows as "DIR/#inode (deleted)").
std::vector<fs::path> open_file_dirs() {
  std::vector<fs::path> dirs;
  for (auto& e : fs::directory_iterator("/proc/self/fd")) {
    std::error_code ec;
    fs::path p = fs::read_symlink(e.path(), ec);
    if (!ec) dirs.push_back(p.parent_path());
  }
  return dirs;
}
}  // namespace

TEST_CASE("atomic file: the temporary file is in the target's directory") {
  fs::path d = fs::canonical(temp_dir("atomic4"));
  const auto before = open_file_dirs();
  kg::AtomicFile f(d / "out.txt");
  f.stream() << "x";
  const auto during = open_file_dirs();
  CHECK(std::count(during.begin(), during.end(), d) == std::count(before.begin(), before.end(), d) + 1);
  // Nothing visible under another name while writing (anonymous, or one named temporary next to the target).
  for (auto& e : fs::directory_iterator(d)) CHECK(e.path().filename().string().rfind("out.txt.tmp.", 0) == 0);
  f.commit();
  CHECK(count_entries(d) == 1);
  fs::remove_all(d);
}

TEST_CASE("atomic file: a write error on a regular file names the file and the error, old file kept") {
  // The file-size limit makes write(2) fail with EFBIG, like a full disk would with ENOSPC.
  fs::path d = temp_dir("atomic5");
  kg::write_file_atomic(d / "out.txt", "old");
  struct rlimit old_limit {};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old_limit;
  small.rlim_cur = 4096;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  std::string message;
  try {
    kg::write_file_atomic(d / "out.txt", std::string(1 << 20, 'x'));
  } catch (const kg::Error& e) {
    message = e.what();
  }
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  CHECK(message.find((d / "out.txt").string()) != std::string::npos);
  CHECK(message.find("File too large") != std::string::npos);
  CHECK(kg::read_file(d / "out.txt") == "old");
  CHECK(count_entries(d) == 1);
  fs::remove_all(d);
}

TEST_CASE("atomic file: an exception while writing leaves the old file and no temporary") {
  fs::path d = temp_dir("atomic6");
  kg::write_file_atomic(d / "out.txt", "old");
  try {
    kg::AtomicFile f(d / "out.txt");
    f.stream() << std::string(200000, 'y');  // past the buffer: bytes reach the temporary file
    throw std::runtime_error("failure half-way");
  } catch (const std::runtime_error&) {
  }
  CHECK(kg::read_file(d / "out.txt") == "old");
  CHECK(count_entries(d) == 1);
  fs::remove_all(d);
}

TEST_CASE("atomic file: a failed rename is an error and removes the temporary file") {
  fs::path d = temp_dir("atomic7");
  std::string message;
  {
    kg::AtomicFile f(d / "out.txt");
    f.stream() << "new";
    // The target turns into a non-empty directory before the commit: rename(2) fails.
    fs::create_directories(d / "out.txt" / "inside");
    try {
      f.commit();
    } catch (const kg::Error& e) {
      message = e.what();
    }
  }
  CHECK(message.find("out.txt: cannot replace file") != std::string::npos);
  CHECK(count_entries(d) == 1);
  CHECK(fs::is_directory(d / "out.txt" / "inside"));
  fs::remove_all(d);
}

TEST_CASE("atomic file: a replaced file keeps its permissions; a symbolic link keeps pointing at it") {
  fs::path d = temp_dir("atomic8");
  kg::write_file_atomic(d / "private.txt", "old");
  fs::permissions(d / "private.txt", fs::perms::owner_read | fs::perms::owner_write);
  fs::create_symlink("private.txt", d / "link.txt");
  kg::write_file_atomic(d / "link.txt", "new");
  CHECK(fs::is_symlink(d / "link.txt"));
  CHECK(kg::read_file(d / "private.txt") == "new");
  CHECK(fs::status(d / "private.txt").permissions() == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(count_entries(d) == 2);
  fs::remove_all(d);
}
