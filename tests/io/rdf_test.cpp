#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/io/rdf.h"
#include "sample_graphs.h"
#include "test_support.h"

namespace fs = std::filesystem;
using kg::io::RdfSyntax;

namespace {

struct Run {
  int status;
  std::string out;
};

Run run(const std::string& command) {
  Run r{-1, {}};
  FILE* p = ::popen(command.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  r.status = ::pclose(p);
  return r;
}

bool have_serdi() { return run("command -v serdi >/dev/null 2>&1").status == 0; }

// Parses `text` with serdi (as `syntax`) and returns the statements as N-Quads
// lines (serdi's N-Triples output escapes non-ASCII; its N-Quads output does not).
std::multiset<std::string> parse_with_serdi(const std::string& text, const char* syntax) {
  const fs::path f = fs::temp_directory_path() / ("kg_rdf_" + std::to_string(::getpid()) + "." + syntax);
  kg::write_file_atomic(f, text);
  const std::string command = std::string("serdi -i ") + syntax + " -o nquads '" + f.string() + "'";
  Run r = run(command + " 2>/dev/null");
  if (r.status != 0) {
    const Run why = run(command + " 2>&1 >/dev/null");
    fs::remove(f);
    FAIL("serdi rejected the output: " << why.out.substr(0, 2000));
  }
  fs::remove(f);
  std::multiset<std::string> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.insert(line);
  return lines;
}

std::multiset<std::string> lines_of(const std::string& text) {
  std::multiset<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.insert(line);
  return lines;
}

}  // namespace

TEST_CASE("rdf: N-Triples, Turtle and N-Quads parse back with serdi, with the right triple counts") {
  if (!have_serdi()) {
    MESSAGE("skipped: serdi is not installed");
    return;
  }
  const auto g = kg::test::tricky_graph();
  const auto nt = kg::io::to_rdf(g, RdfSyntax::ntriples);
  const auto ttl = kg::io::to_rdf(g, RdfSyntax::turtle);
  const auto nq = kg::io::to_rdf(g, RdfSyntax::nquads);

  const auto nt_back = parse_with_serdi(nt.text, "ntriples");
  const auto ttl_back = parse_with_serdi(ttl.text, "turtle");
  const auto nq_back = parse_with_serdi(nq.text, "nquads");
  CHECK(nt_back.size() == nt.statements);
  CHECK(ttl_back.size() == ttl.statements);
  CHECK(nq_back.size() == nq.statements);
  // Turtle says exactly what N-Triples says.
  CHECK(ttl_back == nt_back);
  CHECK(lines_of(nt.text) == nt_back);

  // 7 edges, one negated: 6 plain triples; N-Quads has one per evidence of those (7).
  CHECK(nq.statements == nt.statements - 6 + 7);
  // Count by hand for the tricky graph: entities, predicates, statements, evidence, documents.
  std::size_t entity_triples = 0;
  for (auto v : boost::make_iterator_range(vertices(g))) {
    const auto& a = g[v];
    entity_triples += 1 + (a.actor ? 1 : 0) + 1 + (a.type.empty() ? 0 : 1) + (a.aliases.size() - 1) + 1 +
                      a.documents.size();
  }
  const std::size_t predicates = 2 * 7;  // 7 distinct relations
  std::size_t statements = 0, evidence = 0;
  for (auto e : boost::make_iterator_range(edges(g))) {
    const auto& r = g[e];
    statements += 4 + 1 + (r.quad_class.empty() ? 0 : 1) + 1 + r.surface.size() + 2 + r.evidence.size();
    evidence += 7 * r.evidence.size();  // type, document, index, text, start, end, confidence
  }
  const std::size_t documents = 2 * 4;
  CHECK(nt.statements == entity_triples + predicates + 6 + statements + evidence + documents);
}

TEST_CASE("rdf: literals keep quotes, backslashes, newlines and non-ASCII text exactly") {
  if (!have_serdi()) {
    MESSAGE("skipped: serdi is not installed");
    return;
  }
  const auto g = kg::test::tricky_graph();
  const auto ttl = kg::io::to_rdf(g, RdfSyntax::turtle);
  const auto back = parse_with_serdi(ttl.text, "turtle");
  auto has = [&](const std::string& needle) {
    for (const auto& l : back)
      if (l.find(needle) != std::string::npos) return true;
    return false;
  };
  // N-Triples escapes: \" for quotes, \\ for backslashes, \n for newlines.
  CHECK(has("\"The \\\"Quoted\\\" Party\""));
  CHECK(has("\"Back\\\\slash \\\\N Group\""));
  CHECK(has("\"The \\\"Quoted\\\" Party attacked Back\\\\slash.\\nA second line\\there.\""));
  CHECK(has("\"Zoë Ångström-Łukasiewicz\""));
  CHECK(has("<http://example.org/kg/entity/Zoë_Ångström-Łukasiewicz>"));
  CHECK(has("<http://example.org/kg/entity/The_%22Quoted%22_Party>"));
  CHECK(has("\"Kim Jong-un\""));          // skos:altLabel
  CHECK(has("rdf-syntax-ns#Statement>"));  // statement nodes
  CHECK(has(std::string(3000, 'x')));      // the long sentence, whole
  CHECK(has("<http://example.org/kg/rel/say_%22hello%22_to>"));
  CHECK(ttl.text.find("@prefix kg: <http://example.org/kg/ns#>") != std::string::npos);
}

TEST_CASE("rdf: a configurable base IRI; bad IRIs are refused") {
  const auto g = kg::test::tricky_graph();
  kg::io::RdfOptions opt;
  opt.base = "https://news.example.net/graph";
  const auto nt = kg::io::to_rdf(g, RdfSyntax::ntriples, opt);
  CHECK(nt.text.find("<https://news.example.net/graph/entity/Kim_Jong_Un>") != std::string::npos);
  opt.base = "not an iri";
  CHECK_THROWS_WITH_AS(kg::io::to_rdf(g, RdfSyntax::turtle, opt), doctest::Contains("base IRI 'not an iri'"),
                       kg::Error);
  opt.base = "relative/path/";
  CHECK_THROWS_AS(kg::io::to_rdf(g, RdfSyntax::turtle, opt), kg::Error);
}

TEST_CASE("rdf: IRI segments are injective and safe") {
  CHECK(kg::io::iri_segment("Kim Jong Un") == "Kim_Jong_Un");
  CHECK(kg::io::iri_segment("Kim_Jong_Un") == "Kim%5FJong%5FUn");
  CHECK(kg::io::iri_segment("a/b#c?d") == "a%2Fb%23c%3Fd");
  CHECK(kg::io::iri_segment("100%") == "100%25");
  CHECK(kg::io::iri_segment("São Paulo") == "São_Paulo");
  CHECK(kg::io::iri_segment("bad\xff") == "bad\xEF\xBF\xBD");
}

TEST_CASE("rdf: an empty graph gives valid, empty documents") {
  kg::graph::BoostGraph g;
  for (RdfSyntax s : {RdfSyntax::ntriples, RdfSyntax::turtle, RdfSyntax::nquads}) {
    const auto r = kg::io::to_rdf(g, s);
    CHECK(r.statements == 0);
    if (have_serdi())
      CHECK(parse_with_serdi(r.text, s == RdfSyntax::turtle ? "turtle" : s == RdfSyntax::nquads ? "nquads" : "ntriples")
                .empty());
  }
}
