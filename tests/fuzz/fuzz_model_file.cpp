// The model container: any byte string either loads or fails with kg::Error.
#include <cstddef>
#include <cstdint>
#include <string>

#include "kg/base/error.h"
#include "kg/base/model_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    kg::ModelReader r(std::string(reinterpret_cast<const char*>(data), size), "fuzz", "tagger");
    (void)r.u32("n");
    (void)r.str("s");
    (void)r.array<float>("w");
    r.expect_end();
  } catch (const kg::Error&) {
  }
  return 0;
}
