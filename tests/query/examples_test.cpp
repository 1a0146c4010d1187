// Runs every query of examples/queries.md and checks the table under it.
// The graph is named in the file (<!-- graph: PATH -->, relative to the
// repository; a .jsonl path is built from triples, anything else is loaded
// as a graph file) or given with KG_EXAMPLES_GRAPH. KG_REWRITE_EXAMPLES=1
// writes the current outputs into the file instead of checking them, with
// the fingerprint of the graph they came from (<!-- graph: PATH fingerprint:
// HEX -->): the seed graph is rebuilt when models or extraction change, and
// a changed fingerprint says "refresh the tables", not "a query broke".
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "kg/graph/graph_file.h"
#include "query_test_support.h"
#include "test_support.h"

namespace {

// FNV-1a, 64 bits: enough to notice that a graph file changed.
std::string fingerprint(const std::string& bytes) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char ch : bytes) h = (h ^ ch) * 0x100000001b3ull;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

struct Example {
  std::string query;
  std::size_t output_begin = 0, output_end = 0;  // lines inside the ```text block
  std::string expected;
};

}  // namespace

TEST_CASE("examples/queries.md") {
  namespace fs = std::filesystem;
  fs::path md = kg::test::source_dir() / "examples/queries.md";
  std::vector<std::string> lines;
  {
    std::istringstream in(kg::read_file(md));
    for (std::string l; std::getline(in, l);) lines.push_back(l);
  }
  std::string graph_path, recorded_fingerprint;
  std::size_t graph_line = lines.size();
  std::vector<Example> examples;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.rfind("<!-- graph: ", 0) == 0) {
      graph_line = i;
      graph_path = l.substr(12, l.find(" -->") - 12);
      if (std::size_t f = graph_path.find(" fingerprint: "); f != std::string::npos) {
        recorded_fingerprint = graph_path.substr(f + 14);
        graph_path.resize(f);
      }
    }
    if (l != "```cypher") continue;
    Example e;
    while (++i < lines.size() && lines[i] != "```") e.query += (e.query.empty() ? "" : "\n") + lines[i];
    while (++i < lines.size() && lines[i] != "```text") REQUIRE_MESSAGE(lines[i].rfind("```", 0) != 0, "query without output block");
    REQUIRE(i < lines.size());
    e.output_begin = i + 1;
    while (++i < lines.size() && lines[i] != "```") e.expected += lines[i] + "\n";
    e.output_end = i;
    examples.push_back(std::move(e));
  }
  REQUIRE(examples.size() >= 12);
  if (const char* env = std::getenv("KG_EXAMPLES_GRAPH")) graph_path = env;
  REQUIRE_MESSAGE(!graph_path.empty(), "examples/queries.md names no graph");
  fs::path gp = fs::path(graph_path).is_absolute() ? fs::path(graph_path) : kg::test::source_dir() / graph_path;
  kg::graph::KnowledgeGraph g =
      gp.extension() == ".jsonl" ? kg::test::graph_from_triples(gp) : kg::graph::load_graph(gp);
  const std::string current_fingerprint = fingerprint(kg::read_file(gp));

  bool rewrite = std::getenv("KG_REWRITE_EXAMPLES") != nullptr;
  bool same_graph = recorded_fingerprint.empty() || recorded_fingerprint == current_fingerprint;
  if (!rewrite && !same_graph)
    FAIL_CHECK(graph_path << " has changed since the tables in examples/queries.md were written (the graph is rebuilt "
                             "when models or extraction change): refresh them with KG_REWRITE_EXAMPLES=1 "
                             "build/tests/kg_tests -tc=\"examples/queries.md\" and review the diff");
  std::vector<std::string> outputs;
  for (const Example& e : examples) {
    INFO(e.query);
    std::ostringstream out;
    // Every query must still run on a changed graph; only its table may differ.
    kg::graph::write_aligned(out, kg::query::to_table(g, kg::query::run_query(g, e.query)));
    outputs.push_back(out.str());
    if (!rewrite && same_graph) CHECK(out.str() == e.expected);
  }
  if (rewrite) {
    if (graph_line < lines.size() && !std::getenv("KG_EXAMPLES_GRAPH"))
      lines[graph_line] = "<!-- graph: " + graph_path + " fingerprint: " + current_fingerprint + " -->";
    std::ofstream f(md);
    std::size_t next = 0;
    for (std::size_t k = 0; k < examples.size(); ++k) {
      for (std::size_t i = next; i < examples[k].output_begin; ++i) f << lines[i] << '\n';
      f << outputs[k];
      next = examples[k].output_end;
    }
    for (std::size_t i = next; i < lines.size(); ++i) f << lines[i] << '\n';
  }
}
