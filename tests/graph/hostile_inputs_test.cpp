// Crashes and silent acceptances found by fuzzing and the hostile-input
// battery (tests/cli/hostile_*.sh), kept as regular tests.
#include <string>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/extract/triple.h"
#include "kg/graph/graph_file.h"
#include "kg/query/query.h"
#include "kg/text/reader.h"
#include "test_support.h"

namespace {

// A few MB of "[[[[...": RapidJSON's recursive parser overflowed the stack.
std::string deeply_nested(std::size_t depth) { return std::string(depth, '['); }

}  // namespace

TEST_CASE("hostile: deeply nested JSONL documents are an error, not a stack overflow") {
  CHECK_THROWS_AS(kg::text::jsonl_documents(deeply_nested(3'000'000) + "\n", "deep.jsonl", {}), kg::Error);
  std::string in_object = "{\"id\":\"a\",\"text\":\"x\",\"extra\":" + deeply_nested(3'000'000) + "\n";
  CHECK_THROWS_AS(kg::text::jsonl_documents(in_object, "deep.jsonl", {}), kg::Error);
}

TEST_CASE("hostile: deeply nested triples JSONL is an error, not a stack overflow") {
  CHECK_THROWS_AS(kg::extract::read_triples_jsonl(deeply_nested(3'000'000) + "\n", "deep.jsonl"), kg::Error);
}

TEST_CASE("hostile: a deeply nested graph file is an error, not a stack overflow") {
  std::string g = "{\"format\":\"kg-graph\",\"version\":1,\"x\":" + deeply_nested(3'000'000);
  CHECK_THROWS_AS(kg::graph::parse_graph(g, "deep.kg.json"), kg::Error);
}

// Found by fuzz_graph_file: RapidJSON's full-precision number parser ran
// __builtin_clzll(0) on this input (undefined behaviour, caught by UBSan).
TEST_CASE("hostile: a zero with a long exponent in a graph file is parsed without undefined behaviour") {
  std::string g = kg::read_file(std::string(KG_TEST_DATA_DIR) + "/fuzz/graph_file-rapidjson-zero-significand.json");
  CHECK_THROWS_AS(kg::graph::parse_graph(g, "zero.kg.json"), kg::Error);
  CHECK_THROWS_AS(kg::graph::parse_graph("{\"format\":\"kg-graph\",\"version\":0e0000000095}", "z.kg.json"),
                  kg::Error);
}

TEST_CASE("hostile: invalid UTF-8 in a query is an error naming the byte") {
  kg::graph::KnowledgeGraph g;
  try {
    kg::query::run_query(g, "MATCH (a {name: '\xff\xfe'}) RETURN a");
    FAIL("invalid UTF-8 accepted");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("byte 17") != std::string::npos);
    CHECK(std::string(e.what()).find("invalid UTF-8") != std::string::npos);
  }
}
