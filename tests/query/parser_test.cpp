// The query parser on valid and invalid queries, and the limits that keep
// hostile queries from overflowing the stack or running forever.
#include <string>

#include "kg/base/error.h"
#include "kg/query/parser.h"
#include "query_test_support.h"
#include "test_support.h"

using kg::query::AstDirection;
using kg::query::AstExprKind;
using kg::query::parse_query;

namespace {

std::string error_of(const std::string& q) {
  try {
    parse_query(q);
  } catch (const kg::Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("parser: a full query") {
  auto q = parse_query(
      "MATCH p = (a:PERSON|ORG {name: 'Kim Jong-un'})-[r:threaten|`shake hand with`*1..3]->(b), (b)<--(c:Actor:GPE) "
      "WHERE a.name STARTS WITH 'K' AND NOT r IS NULL OR b.mentions IN [1, 2] "
      "RETURN DISTINCT a.name AS who, count(DISTINCT b) ORDER BY who DESC, 2 SKIP 1 LIMIT 10;");
  REQUIRE(q.matches.size() == 1);
  const auto& m = q.matches[0];
  REQUIRE(m.patterns.size() == 2);
  const auto& p = m.patterns[0];
  CHECK(p.variable == "p");
  CHECK(p.nodes.size() == 2);
  CHECK(p.nodes[0].labels.size() == 1);
  CHECK(p.nodes[0].labels[0] == std::vector<std::string>{"PERSON", "ORG"});
  CHECK(p.nodes[0].properties.at(0).key == "name");
  CHECK(p.rels[0].types == std::vector<std::string>{"threaten", "shake hand with"});
  CHECK(p.rels[0].direction == AstDirection::Right);
  CHECK(p.rels[0].variable_length);
  CHECK(*p.rels[0].min_hops == 1);
  CHECK(*p.rels[0].max_hops == 3);
  CHECK(m.patterns[1].rels[0].direction == AstDirection::Left);
  CHECK(m.patterns[1].nodes[1].labels.size() == 2);
  REQUIRE(m.where);
  CHECK(m.where->kind == AstExprKind::Or);  // AND binds tighter than OR
  CHECK(m.where->children[0]->kind == AstExprKind::And);
  CHECK(q.ret.distinct);
  CHECK(q.ret.items.size() == 2);
  CHECK(q.ret.items[0].alias == "who");
  CHECK(q.ret.items[1].text == "count(DISTINCT b)");
  CHECK(q.ret.items[1].expr->distinct);
  CHECK(q.ret.order_by.size() == 2);
  CHECK(q.ret.order_by[0].descending);
  CHECK(q.ret.skip);
  CHECK(q.ret.limit);
}

TEST_CASE("parser: relationship forms") {
  auto parsed = [](const std::string& pattern) { return parse_query("MATCH " + pattern + " RETURN 1"); };
  auto dir = [&](const std::string& pattern) { return parsed(pattern).matches[0].patterns[0].rels[0].direction; };
  CHECK(dir("(a)-->(b)") == AstDirection::Right);
  CHECK(dir("(a)<--(b)") == AstDirection::Left);
  CHECK(dir("(a)--(b)") == AstDirection::Both);
  CHECK(dir("(a)-[]-(b)") == AstDirection::Both);
  CHECK(dir("(a)<-[r]->(b)") == AstDirection::Both);
  auto q1 = parsed("(a)-[*]->(b)");
  const auto& star = q1.matches[0].patterns[0].rels[0];
  CHECK((star.variable_length && !star.min_hops && !star.max_hops));
  auto q2 = parsed("(a)-[*2]->(b)");
  const auto& exact = q2.matches[0].patterns[0].rels[0];
  CHECK((*exact.min_hops == 2 && *exact.max_hops == 2));
  auto q3 = parsed("(a)-[*2..]->(b)");
  const auto& open = q3.matches[0].patterns[0].rels[0];
  CHECK((*open.min_hops == 2 && !open.max_hops));
  auto q4 = parsed("(a)-[*..4]->(b)");
  const auto& upto = q4.matches[0].patterns[0].rels[0];
  CHECK((!upto.min_hops && *upto.max_hops == 4));
  CHECK(parsed("(a)-[:a|:b]->(b)").matches[0].patterns[0].rels[0].types.size() == 2);
  CHECK(parse_query("MATCH p = shortestPath((a)-[*]-(b)) RETURN p").matches[0].patterns[0].shortest);
}

TEST_CASE("parser: keywords are case-insensitive, comments are skipped") {
  auto q = parse_query("match (a) // the actors\n where a.count > 1 /* block */ return a order by a.name desc limit 1");
  CHECK(q.matches.size() == 1);
  CHECK(q.ret.order_by[0].descending);
  // A keyword may still be a property key.
  CHECK_NOTHROW(parse_query("MATCH ()-[r]->() RETURN r.count, r.type"));
}

TEST_CASE("parser: literals and escapes") {
  auto q = parse_query(R"(MATCH (a) RETURN 'it\'s', "say \"hi\"", '\u00e9', 1.5e3, .5, -3, true, null)");
  const auto& items = q.ret.items;
  CHECK(items[0].expr->text == "it's");
  CHECK(items[1].expr->text == "say \"hi\"");
  CHECK(items[2].expr->text == "\xc3\xa9");
  CHECK(items[3].expr->float_value == 1500.0);
  CHECK(items[4].expr->float_value == 0.5);
  CHECK(items[5].expr->kind == AstExprKind::Negate);
  CHECK(items[6].expr->kind == AstExprKind::Bool);
  CHECK(items[7].expr->kind == AstExprKind::Null);
}

TEST_CASE("parser: errors show the query, a caret and what was expected") {
  CHECK(error_of("MATCH (a)-[r]->(b) RETURN a.") ==
        "query: line 1, column 29: expected a property name after '.' but found end of query\n"
        "  MATCH (a)-[r]->(b) RETURN a.\n"
        "                              ^");
  CHECK(error_of("") == "query: line 1, column 1: empty query: expected MATCH\n  \n  ^");
  CHECK(error_of("MATCH (a)\nWHERE a.name = 'x' AND\nRETURN a").find("line 3, column 1: expected an expression") !=
        std::string::npos);
  CHECK(error_of("MATCH (a) RETURN a.name = = 1").find("column 27: expected an expression but found '='") !=
        std::string::npos);
  CHECK(error_of("MATCH (a) RETURN 'x\\q'").find("unknown escape '\\q'") != std::string::npos);
  CHECK(error_of("MATCH (a) RETURN a ! b").find("unexpected character '!'") != std::string::npos);
  CHECK(error_of("MATCH (a)-[r]-(b) RETURN a /* open").find("unterminated comment") != std::string::npos);
  CHECK(error_of("MATCH (a)-[:`x]->(b) RETURN a").find("unterminated `name`") != std::string::npos);
  CHECK(error_of("MATCH (a)-[r:meet*1..x]->(b) RETURN a").find("expected '{' or ']'") != std::string::npos);
  CHECK(error_of("MATCH (a) RETURN a UNION MATCH (b) RETURN b").find("UNION is not supported") != std::string::npos);
  // The caret counts characters, not bytes.
  CHECK(error_of("MATCH (a {name: 'Séoul'}) RETURN a.") ==
        "query: line 1, column 36: expected a property name after '.' but found end of query\n"
        "  MATCH (a {name: 'Séoul'}) RETURN a.\n"
        "                                     ^");
}

TEST_CASE("parser: deep nesting is an error, not a stack overflow") {
  std::string deep = "MATCH (a) RETURN " + std::string(100000, '(') + "1" + std::string(100000, ')');
  CHECK(error_of(deep).find("nested too deeply") != std::string::npos);
  std::string lists = "MATCH (a) RETURN " + std::string(100000, '[') + std::string(100000, ']');
  CHECK(error_of(lists).find("nested too deeply") != std::string::npos);
  std::string nots = "MATCH (a) WHERE ";
  for (int i = 0; i < 100000; ++i) nots += "NOT ";
  CHECK(error_of(nots + "true RETURN a").find("nested too deeply") != std::string::npos);
  // A long flat chain builds a deep tree without deep parser recursion.
  std::string chain = "MATCH (a) RETURN 1";
  for (int i = 0; i < 100000; ++i) chain += " + 1";
  CHECK(error_of(chain).find("nested too deeply") != std::string::npos);
  std::string minus = "MATCH (a) RETURN " + std::string(100000, '-') + "1";
  CHECK(error_of(minus).find("nested too deeply") != std::string::npos);
  // ... while moderate nesting is fine.
  CHECK(error_of("MATCH (a) RETURN " + std::string(50, '(') + "1" + std::string(50, ')')).empty());
}

TEST_CASE("executor: exploding variable-length patterns stop at the row or time limit") {
  // A complete directed graph on 12 vertices: paths of up to 10 hops number in the billions.
  kg::graph::KnowledgeGraph g;
  std::size_t n = 12;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) {
      if (i == j) continue;
      kg::extract::Triple t;
      t.doc = "d";
      t.sentence = static_cast<std::uint32_t>(i * n + j);
      t.subject.text = t.subject.id = "v" + std::to_string(i);
      t.subject.kind = "actor";
      t.object.text = t.object.id = "v" + std::to_string(j);
      t.object.kind = "actor";
      t.relation.text = t.relation.lemma = "link";
      g.add_triple(t);
    }
  kg::query::QueryOptions rows;
  rows.max_rows = 1000;
  try {
    kg::query::run_query(g, "MATCH (a {name: 'v0'})-[*]->(b) RETURN b.name", rows);
    FAIL("no row limit error");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("more than 1000 rows") != std::string::npos);
  }
  kg::query::QueryOptions time;
  time.timeout_seconds = 0.2;
  try {
    kg::query::run_query(g, "MATCH (a {name: 'v0'})-[*]->(b) RETURN count(*)", time);
    FAIL("no time limit error");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("time limit") != std::string::npos);
  }
  // LIMIT without ORDER BY stops the search early instead.
  auto r = kg::query::run_query(g, "MATCH (a {name: 'v0'})-[*]->(b) RETURN b.name LIMIT 5", time);
  CHECK(r.rows.size() == 5);
  // And shortestPath is a breadth-first search, never an enumeration.
  auto sp = kg::query::run_query(g, "MATCH p = shortestPath((a {name: 'v0'})-[*]->(b {name: 'v7'})) RETURN length(p)");
  REQUIRE(sp.rows.size() == 1);
  CHECK(sp.rows[0][0].as_int() == 1);
}

TEST_CASE("executor: ORDER BY with LIMIT keeps the best rows while matching") {
  const auto& g = kg::test::news_graph();
  auto all = kg::query::run_query(g, "MATCH (a)-[r]-(b) RETURN a.name, b.name ORDER BY a.name DESC, b.name");
  auto top = kg::query::run_query(g, "MATCH (a)-[r]-(b) RETURN a.name, b.name ORDER BY a.name DESC, b.name SKIP 3 LIMIT 4");
  REQUIRE(top.rows.size() == 4);
  auto all_rows = kg::test::row_texts(g, all), top_rows = kg::test::row_texts(g, top);
  CHECK(std::vector<std::string>(all_rows.begin() + 3, all_rows.begin() + 7) == top_rows);
}
