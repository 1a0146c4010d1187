// The triples JSONL reader: errors are kg::Error; whatever it accepts must
// survive a write/read round trip unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kg/base/error.h"
#include "kg/extract/triple.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    auto triples = kg::extract::read_triples_jsonl(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
    for (const auto& t : triples) {
      std::string once = kg::extract::to_json(t);
      std::string twice = kg::extract::to_json(kg::extract::parse_triple_json(once, "roundtrip", 1));
      if (once != twice) std::abort();
    }
  } catch (const kg::Error&) {
  }
  return 0;
}
