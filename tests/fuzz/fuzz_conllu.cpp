// The CoNLL-U reader must reject malformed input with kg::Error, nothing else.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kg/base/error.h"
#include "kg/nlp/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    kg::nlp::parse_conllu(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
  } catch (const kg::Error&) {
  }
  return 0;
}
