#include "kg/graph/graph_file.h"

#include <random>
#include <sstream>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/graph/triples_input.h"
#include "test_support.h"

using namespace kg::graph;

namespace {

KnowledgeGraph fixture() {
  KnowledgeGraph g;
  add_triples_file(g, std::string(KG_TEST_DATA_DIR) + "/graph_triples.jsonl");
  return g;
}

std::string bytes(const KnowledgeGraph& g) {
  std::ostringstream s;
  write_graph(s, g);
  return s.str();
}

std::string error_of(std::string_view json) {
  try {
    parse_graph(json, "g.kg.json");
  } catch (const kg::Error& e) {
    return e.what();
  }
  return "no error";
}

std::string replace(std::string s, std::string_view from, std::string_view to) {
  std::size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("graph file: round trip gives the same graph and the same bytes") {
  KnowledgeGraph g = fixture();
  REQUIRE(g.vertex_count() > 5);
  std::string a = bytes(g);
  KnowledgeGraph h = parse_graph(a, "mem");
  CHECK(h.difference(g) == "");
  CHECK(bytes(h) == a);
  // Insertion order does not matter: the same triples reversed give the same bytes.
  std::string lines = kg::read_file(std::string(KG_TEST_DATA_DIR) + "/graph_triples.jsonl");
  std::vector<std::string> v;
  std::istringstream in(lines);
  for (std::string l; std::getline(in, l);) v.push_back(l);
  std::string reversed;
  for (auto it = v.rbegin(); it != v.rend(); ++it) reversed += *it + "\n";
  KnowledgeGraph r;
  add_triples_text(r, reversed, "rev");
  CHECK(bytes(r) == a);
}

TEST_CASE("graph file: save is atomic and load reads it back") {
  auto dir = std::filesystem::temp_directory_path() / ("kg-graph-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  KnowledgeGraph g = fixture();
  save_graph(g, dir / "g.kg.json");
  CHECK(load_graph(dir / "g.kg.json") == g);
  CHECK_THROWS_WITH_AS(load_graph(dir / "missing.kg.json"), doctest::Contains("missing.kg.json: cannot open"), kg::Error);
  std::filesystem::remove_all(dir);
}

TEST_CASE("graph file: truncated files give a clean error with the byte offset") {
  std::string a = bytes(fixture());
  // Every cut point must fail cleanly (never crash, never accept a partial graph).
  for (std::size_t cut = 0; cut < a.size() - 1; cut += 7) {
    std::string msg = error_of(std::string_view(a).substr(0, cut));
    CAPTURE(cut);
    CHECK(msg.rfind("g.kg.json: byte ", 0) == 0);
  }
  std::string msg = error_of(std::string_view(a).substr(0, a.size() / 2));
  CHECK(msg.find("unexpected end of file") != std::string::npos);
}

TEST_CASE("graph file: corrupted files name the byte, element and field") {
  std::string a = bytes(fixture());
  CHECK(error_of("[1,2]") == "g.kg.json: byte 0: not a kg graph file (expected a JSON object)");
  CHECK(error_of("{\"format\":\"other\"}").find("not a kg graph file") != std::string::npos);
  std::string newer = replace(a, "\"version\":1", "\"version\":7");
  CHECK(error_of(newer) ==
        "g.kg.json: byte 31: graph format version 7 is newer than this kg reads (version 1); upgrade kg to read "
        "this file");
  std::string bad_conf = replace(a, "\"confidence\":0.9", "\"confidence\":1.5");
  std::string m = error_of(bad_conf);
  CHECK(m.find("edges[") != std::string::npos);
  CHECK(m.find("field 'evidence[0].confidence' must be a number between 0 and 1") != std::string::npos);
  std::size_t at = std::stoul(m.substr(std::string("g.kg.json: byte ").size()));
  CHECK(bad_conf.substr(at, 10) == "{\"source\":");
  CHECK(error_of(replace(a, "\"mentions\":5", "\"mentions\":6")).find("vertices[0]: field 'mentions' 6 does not match") !=
        std::string::npos);
  CHECK(error_of(replace(a, "\"source\":0", "\"source\":999")).find("field 'source' is not a vertex index") !=
        std::string::npos);
  CHECK(error_of(replace(a, "\"negated\":false", "\"negated\":\"no\"")).find("field 'negated' must be true or false") !=
        std::string::npos);
  CHECK(error_of(replace(a, "\"relation\":\"", "\"relashun\":\"")).find("field 'relashun' is not a known field") !=
        std::string::npos);
  CHECK(error_of(replace(a, "\"vertex_count\":14", "\"vertex_count\":15")).find("'vertex_count' says 15") !=
        std::string::npos);
  CHECK(error_of(replace(a, "]}", "],}")).find("invalid JSON") != std::string::npos);
  CHECK(error_of(a + "x").find("unexpected data after the graph") != std::string::npos);
}

TEST_CASE("graph file: random corruptions load or fail with kg::Error") {
  std::string a = bytes(fixture());
  std::mt19937 rng(7);
  const char junk[] = {'{', '}', '[', ']', ',', ':', '"', '0', '9', '-', 'e', 'x', '\\', ' ', '\0', '\xff'};
  for (int i = 0; i < 400; ++i) {
    std::string b = a;
    for (int k = 1 + static_cast<int>(rng() % 3); k > 0; --k) b[rng() % b.size()] = junk[rng() % sizeof junk];
    try {
      KnowledgeGraph g = parse_graph(b, "fuzz");
      CHECK(parse_graph(bytes(g), "again") == g);
    } catch (const kg::Error& e) {
      CHECK(std::string(e.what()).rfind("fuzz: byte ", 0) == 0);
    }
  }
}
