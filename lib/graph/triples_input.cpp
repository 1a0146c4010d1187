#include "kg/graph/triples_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "kg/base/error.h"
#include "kg/base/progress.h"

namespace kg::graph {
namespace {

using Batch = std::vector<InternedTriple>;

// A bounded hand-over from the parsing thread to the graph-building thread.
class BatchQueue {
 public:
  void push(Batch b) {
    std::unique_lock<std::mutex> lock(mu_);
    room_.wait(lock, [&] { return q_.size() < kDepth || cancelled_; });
    if (cancelled_) return;
    q_.push_back(std::move(b));
    ready_.notify_one();
  }
  void finish(std::exception_ptr error) {
    std::lock_guard<std::mutex> lock(mu_);
    done_ = true;
    error_ = error;
    ready_.notify_one();
  }
  // Empty optional at the end (rethrows the producer's error).
  std::optional<Batch> pop() {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [&] { return !q_.empty() || done_; });
    if (q_.empty()) {
      if (error_) std::rethrow_exception(error_);
      return std::nullopt;
    }
    Batch b = std::move(q_.front());
    q_.pop_front();
    room_.notify_one();
    return b;
  }
  void cancel() {
    std::lock_guard<std::mutex> lock(mu_);
    cancelled_ = true;
    room_.notify_all();
  }
  bool cancelled() {
    std::lock_guard<std::mutex> lock(mu_);
    return cancelled_;
  }

 private:
  static constexpr std::size_t kDepth = 8;
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<Batch> q_;
  bool done_ = false, cancelled_ = false;
  std::exception_ptr error_;
};

constexpr std::size_t kBatch = 2048;

// Splits a block of whole lines and parses them in place (the block is
// scratch: escapes are decoded inside it); `line_no` counts across blocks.
// block[size] must be writable (std::string's terminator will do).
void parse_lines(char* block, std::size_t size, std::string_view source, std::size_t& line_no, Batch& batch,
                 BatchQueue& q) {
  std::size_t pos = 0;
  while (pos < size) {
    const char* nl_at = static_cast<const char*>(std::memchr(block + pos, '\n', size - pos));
    std::size_t nl = nl_at ? static_cast<std::size_t>(nl_at - block) : size;
    std::string_view line(block + pos, nl - pos);
    std::size_t start = pos;
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    batch.push_back(intern_triple(extract::parse_triple_json_in_place(block + start, nl - start, source, line_no)));
    if (batch.size() == kBatch) {
      q.push(std::move(batch));
      batch = Batch();
      batch.reserve(kBatch);
    }
  }
}

void read_and_parse(int fd, const std::string& source, BatchQueue& q, Progress* progress) {
  std::string buf, carry;
  buf.resize(1 << 22);
  std::size_t line_no = 0;
  Batch batch;
  batch.reserve(kBatch);
  for (;;) {
    if (q.cancelled()) return;
    ssize_t n = ::read(fd, buf.data(), buf.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(source + ": read failed: " + errno_text(errno));
    }
    if (n == 0) break;
    if (progress) progress->advance(static_cast<std::uint64_t>(n));
    std::string_view data(buf.data(), static_cast<std::size_t>(n));
    std::size_t last_nl = data.rfind('\n');
    if (last_nl == std::string_view::npos) {
      carry.append(data);
      continue;
    }
    // Whole lines are parsed straight from the read buffer; only the
    // partial line at a block boundary goes through `carry`.
    std::size_t first_nl = data.find('\n');
    carry.append(data.substr(0, first_nl + 1));
    parse_lines(carry.data(), carry.size(), source, line_no, batch, q);
    parse_lines(buf.data() + first_nl + 1, last_nl - first_nl, source, line_no, batch, q);
    carry.assign(data.substr(last_nl + 1));
  }
  parse_lines(carry.data(), carry.size(), source, line_no, batch, q);
  if (!batch.empty()) q.push(std::move(batch));
}

TriplesLoad consume(KnowledgeGraph& g, BatchQueue& q) {
  TriplesLoad load;
  while (std::optional<Batch> b = q.pop()) {
    for (const InternedTriple& t : *b) {
      ++load.triples;
      if (g.add_triple(t)) ++load.added;
    }
  }
  return load;
}

}  // namespace

TriplesLoad add_triples_file(KnowledgeGraph& g, const std::filesystem::path& path, bool quiet) {
  const std::string source = path.string() == "-" ? "<stdin>" : path.string();
  int fd = STDIN_FILENO;
  std::uint64_t size = 0;
  if (path.string() != "-") {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(source + ": cannot open: " + errno_text(errno));
    struct stat st {};
    if (::fstat(fd, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        throw Error(source + ": is a directory, not a file");
      }
      size = static_cast<std::uint64_t>(st.st_size);
    }
    // Rough sizing: a triple line is a few hundred bytes; hubs repeat edges.
    if (size > 0) g.reserve(size / 2000, size / 600);
  }
  Progress progress("loading " + source, size, quiet || size == 0);
  BatchQueue q;
  std::thread parser([&] {
    try {
      read_and_parse(fd, source, q, &progress);
      q.finish(nullptr);
    } catch (...) {
      q.finish(std::current_exception());
    }
  });
  TriplesLoad load;
  try {
    load = consume(g, q);
  } catch (...) {
    q.cancel();
    parser.join();
    if (fd != STDIN_FILENO) ::close(fd);
    throw;
  }
  parser.join();
  if (fd != STDIN_FILENO) ::close(fd);
  progress.finish();
  return load;
}

TriplesLoad add_triples_text(KnowledgeGraph& g, std::string_view jsonl, std::string_view source) {
  TriplesLoad load;
  for (const extract::Triple& t : extract::read_triples_jsonl(jsonl, source)) {
    ++load.triples;
    if (g.add_triple(t)) ++load.added;
  }
  return load;
}

}  // namespace kg::graph
