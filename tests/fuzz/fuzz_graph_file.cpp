// The graph file reader: any byte string either loads as a graph or fails
// with kg::Error; a graph that loads writes back and reloads to itself.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "kg/base/error.h"
#include "kg/graph/graph_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kg::graph::KnowledgeGraph g;
  try {
    g = kg::graph::parse_graph(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
  } catch (const kg::Error&) {
    return 0;
  }
  std::ostringstream out;
  kg::graph::write_graph(out, g);
  if (!(kg::graph::parse_graph(out.str(), "again") == g)) __builtin_trap();
  return 0;
}
