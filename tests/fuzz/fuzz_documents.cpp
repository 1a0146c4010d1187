// The JSONL document reader: every line is a JSON object with string fields
// id and text (title, date, url optional). Input either fails with kg::Error
// or gives documents with non-empty ids, which then tokenize.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kg/base/error.h"
#include "kg/text/reader.h"
#include "kg/text/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  kg::text::ReadOptions read;
  read.lossy = (data[0] & 1) != 0;
  try {
    auto docs = kg::text::jsonl_documents(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), "fuzz", read);
    for (const auto& d : docs) {
      if (d.id.empty()) __builtin_trap();
      (void)kg::text::tokenize(d);
    }
  } catch (const kg::Error&) {
  }
  return 0;
}
