#include "kg/base/warning.h"

#include <iostream>
#include <mutex>
#include <utility>

namespace kg {
namespace {

std::mutex& warning_mutex() {
  static std::mutex m;
  return m;
}

WarningSink& current_sink() {
  static WarningSink sink;
  return sink;
}

}  // namespace

void warn(const std::string& message) {
  std::lock_guard<std::mutex> lock(warning_mutex());
  if (current_sink()) {
    current_sink()(message);
    return;
  }
  std::cerr << "kg: warning: " << message << '\n';
}

WarningSink set_warning_sink(WarningSink sink) {
  std::lock_guard<std::mutex> lock(warning_mutex());
  return std::exchange(current_sink(), std::move(sink));
}

}  // namespace kg
