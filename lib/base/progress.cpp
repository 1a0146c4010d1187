#include "kg/base/progress.h"

#include <unistd.h>

#include <cstdio>

namespace kg {

Progress::Progress(std::string label, std::uint64_t total, bool quiet)
    : label_(std::move(label)), total_(total), enabled_(!quiet && ::isatty(STDERR_FILENO)) {}

Progress::~Progress() { finish(); }

void Progress::advance(std::uint64_t n) {
  done_ += n;
  draw(false);
}

void Progress::draw(bool force) {
  if (!enabled_ || finished_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const int width = 30;
  double frac = total_ ? static_cast<double>(done_) / static_cast<double>(total_) : 0.0;
  if (frac > 1) frac = 1;
  int fill = static_cast<int>(frac * width);
  std::fprintf(stderr, "\r%s [", label_.c_str());
  for (int i = 0; i < width; ++i) std::fputc(i < fill ? '#' : ' ', stderr);
  std::fprintf(stderr, "] %llu/%llu", static_cast<unsigned long long>(done_),
               static_cast<unsigned long long>(total_));
  std::fflush(stderr);
}

void Progress::finish() {
  if (!enabled_ || finished_) return;
  draw(true);
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  finished_ = true;
}

}  // namespace kg
