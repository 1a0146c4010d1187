// A one-line progress bar on stderr, shown only when stderr is a terminal and
// the user did not ask for --quiet.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>

namespace kg {

class Progress {
 public:
  Progress(std::string label, std::uint64_t total, bool quiet);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  void advance(std::uint64_t n = 1);
  void finish();

 private:
  void draw(bool force);
  std::string label_;
  std::uint64_t total_, done_ = 0;
  bool enabled_;
  bool finished_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace kg
