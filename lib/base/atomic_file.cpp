#include "kg/base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <random>
#include <streambuf>
#include <vector>

#include "kg/base/error.h"

namespace kg {
namespace {

// A streambuf over a file descriptor that remembers the first write error.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd), buf_(1 << 16) { setp(buf_.data(), buf_.data() + buf_.size()); }
  int error() const { return error_; }
  bool flush_all() {
    char* p = pbase();
    while (p < pptr()) {
      ssize_t n = ::write(fd_, p, static_cast<size_t>(pptr() - p));
      if (n < 0) {
        if (errno == EINTR) continue;
        if (!error_) error_ = errno;
        setp(buf_.data(), buf_.data() + buf_.size());
        return false;
      }
      p += n;
    }
    setp(buf_.data(), buf_.data() + buf_.size());
    return true;
  }

 protected:
  int_type overflow(int_type ch) override {
    if (!flush_all()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return flush_all() ? 0 : -1; }

 private:
  int fd_;
  std::vector<char> buf_;
  int error_ = 0;
};

std::string random_suffix() {
  std::random_device rd;
  char s[32];
  std::snprintf(s, sizeof s, ".tmp.%d.%08x", static_cast<int>(::getpid()), rd());
  return s;
}

}  // namespace

// Owns the descriptor and the temporary name, so the temporary file goes on
// every path that does not commit: an error in the constructor or in
// commit(), an exception while writing, or an early return.
struct AtomicFile::Impl {
  int fd = -1;
  bool direct = false;     // stdout or a non-regular target: no rename
  bool anonymous = false;  // O_TMPFILE: nothing to clean up if we die
  bool committed = false;
  std::filesystem::path final_path;  // the target, or the file a symlink target points to
  std::filesystem::path temp;        // named temporary (when not anonymous, or once linked)
  std::unique_ptr<FdBuf> buf;
  std::unique_ptr<std::ostream> os;

  ~Impl() {
    if (!committed && !direct && !temp.empty()) ::unlink(temp.c_str());
    if (fd >= 0 && fd != STDOUT_FILENO) ::close(fd);
  }
};

AtomicFile::AtomicFile(const std::filesystem::path& target) : target_(target), impl_(std::make_unique<Impl>()) {
  const std::string name = target.string();
  impl_->final_path = target;
  if (name == "-") {
    impl_->fd = STDOUT_FILENO;
    impl_->direct = true;
  } else {
    struct stat st {};
    bool exists = ::stat(name.c_str(), &st) == 0;
    if (exists) {
      if (S_ISDIR(st.st_mode)) throw Error(name + ": is a directory, not a file");
      if (!S_ISREG(st.st_mode)) {
        impl_->fd = ::open(name.c_str(), O_WRONLY | O_CLOEXEC);
        if (impl_->fd < 0) throw Error(name + ": cannot open for writing: " + errno_text(errno));
        impl_->direct = true;
      } else {
        // A symbolic link to a file: replace the file it points to, not the link.
        std::error_code ec;
        if (std::filesystem::is_symlink(std::filesystem::symlink_status(target, ec))) {
          auto resolved = std::filesystem::canonical(target, ec);
          if (!ec) impl_->final_path = resolved;
        }
      }
    }
    if (!impl_->direct) {
      // The temporary file lives in the target's directory: rename(2) is only
      // atomic within one file system.
      std::filesystem::path dir = impl_->final_path.parent_path();
      if (dir.empty()) dir = ".";
#ifdef O_TMPFILE
      impl_->fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
      impl_->anonymous = impl_->fd >= 0;
#endif
      if (impl_->fd < 0) {
        impl_->temp = impl_->final_path;
        impl_->temp += random_suffix();
        impl_->fd = ::open(impl_->temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (impl_->fd < 0) {
          const int err = errno;
          impl_->temp.clear();
          throw Error(name + ": cannot create output file: " + errno_text(err));
        }
      }
      // Replacing a file keeps its permissions (a private 0600 file stays private).
      if (exists && ::fchmod(impl_->fd, st.st_mode & 07777) != 0)
        throw Error(name + ": cannot set the permissions of the new file: " + errno_text(errno));
    }
  }
  impl_->buf = std::make_unique<FdBuf>(impl_->fd);
  impl_->os = std::make_unique<std::ostream>(impl_->buf.get());
}

AtomicFile::~AtomicFile() = default;

std::ostream& AtomicFile::stream() { return *impl_->os; }

void AtomicFile::commit() {
  const std::string name = target_.string();
  const std::string final_name = impl_->final_path.string();
  impl_->os->flush();
  impl_->buf->flush_all();
  if (int err = impl_->buf->error()) throw Error(name + ": write failed: " + errno_text(err));
  if (impl_->direct) {
    impl_->committed = true;
    return;
  }
  if (::fsync(impl_->fd) != 0) throw Error(name + ": fsync failed: " + errno_text(errno));
  if (impl_->anonymous) {
    // Give the anonymous file a temporary name, then rename it over the target.
    std::filesystem::path temp = impl_->final_path;
    temp += random_suffix();
    std::string proc = "/proc/self/fd/" + std::to_string(impl_->fd);
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) != 0)
      throw Error(name + ": cannot create output file: " + errno_text(errno));
    impl_->temp = temp;  // from here on the destructor removes it on failure
  }
  if (::rename(impl_->temp.c_str(), final_name.c_str()) != 0)
    throw Error(name + ": cannot replace file: " + errno_text(errno));
  impl_->committed = true;
  // The new name is only durable once the directory is on disk too.
  std::filesystem::path dir = impl_->final_path.parent_path();
  if (dir.empty()) dir = ".";
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) return;  // a directory we may write but not read: nothing more we can do
  const int rc = ::fsync(dfd);
  const int err = errno;
  ::close(dfd);
  // EINVAL: the file system does not sync directories (the rename is done).
  if (rc != 0 && err != EINVAL) throw Error(name + ": fsync of directory " + dir.string() + " failed: " + errno_text(err));
}

void write_file_atomic(const std::filesystem::path& target, std::string_view data) {
  AtomicFile f(target);
  f.stream().write(data.data(), static_cast<std::streamsize>(data.size()));
  f.commit();
}

std::string read_file(const std::filesystem::path& path) {
  const std::string name = path.string();
  if (name == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(name + ": cannot open: " + errno_text(errno));
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw Error(name + ": is a directory, not a file");
  }
  std::string out;
  if (S_ISREG(st.st_mode)) out.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      throw Error(name + ": read failed: " + errno_text(err));
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return out;
}

}  // namespace kg
