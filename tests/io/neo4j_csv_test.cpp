#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "kg/io/neo4j_csv.h"
#include "sample_graphs.h"
#include "test_support.h"

namespace {

// RFC 4180 reader: rows of fields; quoted fields may hold commas and "".
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string f;
  bool quoted = false, in_quotes = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        f += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        f += c;
      }
    } else if (c == '"') {
      REQUIRE(f.empty());  // quotes only around whole fields
      in_quotes = quoted = true;
    } else if (c == ',') {
      row.push_back(f);
      f.clear();
      quoted = false;
    } else if (c == '\n') {
      row.push_back(f);
      rows.push_back(row);
      row.clear();
      f.clear();
      quoted = false;
    } else {
      REQUIRE_FALSE(quoted);  // nothing after a closing quote
      f += c;
    }
  }
  REQUIRE_FALSE(in_quotes);
  REQUIRE(row.empty());
  REQUIRE(f.empty());
  return rows;
}

}  // namespace

TEST_CASE("neo4j csv: header layout, one row per vertex and edge, text intact") {
  const auto g = kg::test::tricky_graph();
  const auto csv = kg::io::to_neo4j_csv(g);
  const auto nodes = parse_csv(csv.nodes);
  const auto rels = parse_csv(csv.relationships);
  REQUIRE(nodes.size() == 1 + num_vertices(g));
  REQUIRE(rels.size() == 1 + num_edges(g));
  CHECK(nodes[0] == std::vector<std::string>{"id:ID", "name", ":LABEL", "type", "mentions:int", "documents:int",
                                             "aliases:string[]"});
  CHECK(rels[0][0] == ":START_ID");
  CHECK(rels[0][1] == ":END_ID");
  CHECK(rels[0][2] == ":TYPE");
  for (const auto& r : nodes) CHECK(r.size() == nodes[0].size());
  for (const auto& r : rels) CHECK(r.size() == rels[0].size());

  // Every relationship end is a node id.
  std::set<std::string> ids;
  for (std::size_t i = 1; i < nodes.size(); ++i) ids.insert(nodes[i][0]);
  CHECK(ids.count("The \"Quoted\" Party"));
  CHECK(ids.count("Back\\slash \\N Group"));
  CHECK(ids.count("Zoë Ångström-Łukasiewicz"));
  for (std::size_t i = 1; i < rels.size(); ++i) {
    CHECK(ids.count(rels[i][0]));
    CHECK(ids.count(rels[i][1]));
  }
  // Labels and types.
  bool kim = false;
  for (const auto& r : nodes)
    if (r[0] == "Kim Jong Un") {
      kim = true;
      CHECK(r[2] == "Actor;Person");
      CHECK(r[6] == "Kim Jong-un;the North Korean leader");
    }
  CHECK(kim);
  std::multiset<std::string> types;
  for (std::size_t i = 1; i < rels.size(); ++i) types.insert(rels[i][2]);
  CHECK(types.count("NOT_MEET") == 1);
  CHECK(types.count("SAY_HELLO_TO") == 1);
  CHECK(types.count("VISIT") == 1);
  // The evidence is one line (newline flattened), quotes kept.
  bool attack = false;
  for (const auto& r : rels)
    if (r[2] == "ATTACK") {
      attack = true;
      CHECK(r[11] == "doc3#0: The \"Quoted\" Party attacked Back\\slash. A second line here.");
      CHECK(r[8] == "1");
    }
  CHECK(attack);
}

TEST_CASE("neo4j csv: an empty graph has headers only; output paths") {
  const auto csv = kg::io::to_neo4j_csv(kg::graph::BoostGraph{});
  CHECK(parse_csv(csv.nodes).size() == 1);
  CHECK(parse_csv(csv.relationships).size() == 1);
  auto [n, r] = kg::io::neo4j_csv_paths("out/");
  CHECK(n == std::filesystem::path("out/nodes.csv"));
  CHECK(r == std::filesystem::path("out/relationships.csv"));
  auto [pn, pr] = kg::io::neo4j_csv_paths("exports/seed");
  CHECK(pn == std::filesystem::path("exports/seed.nodes.csv"));
  CHECK(pr == std::filesystem::path("exports/seed.relationships.csv"));
}
