// Output files are written atomically: the data goes to an anonymous or
// temporary file in the target's directory, is fsync'ed, and only then takes
// the target's name by rename(2), after which the directory is fsync'ed. A
// failed, interrupted or killed run leaves an existing output untouched, and
// the temporary file is removed on every path that does not commit (errors,
// exceptions while writing, destruction without commit()). A replaced file
// keeps its permissions; a symbolic link to a file has that file replaced.
// Targets that are not regular files (/dev/stdout, /dev/full, a FIFO) and "-"
// are written directly.
#pragma once
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace kg {

class AtomicFile {
 public:
  // Opens the temporary file. Throws kg::Error naming the target when the
  // directory is missing or not writable, or the target is a directory.
  explicit AtomicFile(const std::filesystem::path& target);
  ~AtomicFile();  // not committed: the temporary file is removed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream();
  // Flushes, fsyncs and renames onto the target. Throws kg::Error naming the
  // target and the system error (e.g. "No space left on device").
  void commit();

  const std::filesystem::path& target() const { return target_; }

 private:
  struct Impl;
  std::filesystem::path target_;
  std::unique_ptr<Impl> impl_;
};

// Writes `data` to `target` atomically ("-" means standard output).
void write_file_atomic(const std::filesystem::path& target, std::string_view data);

// Reads a whole file; throws kg::Error naming the path for a missing or
// unreadable file or a directory. "-" reads standard input.
std::string read_file(const std::filesystem::path& path);

}  // namespace kg
