#include <boost/graph/graphml.hpp>

#include <set>
#include <sstream>
#include <tuple>
#include <string>

#include "kg/io/graphml.h"
#include "sample_graphs.h"
#include "test_support.h"

namespace {

// What a reader sees: plain strings and numbers, keyed like the file.
struct ReadVertex {
  std::string label, id, type, aliases;
  bool actor = false;
  int mentions = 0;
};
struct ReadEdge {
  std::string label, relation, quad_class, evidence;
  bool negated = false;
  int weight = 0;
  double confidence = 0.0;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadVertex, ReadEdge>;

ReadGraph read_back(const std::string& xml) {
  ReadGraph r;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", get(&ReadVertex::label, r));
  dp.property("id", get(&ReadVertex::id, r));
  dp.property("type", get(&ReadVertex::type, r));
  dp.property("aliases", get(&ReadVertex::aliases, r));
  dp.property("actor", get(&ReadVertex::actor, r));
  dp.property("mentions", get(&ReadVertex::mentions, r));
  dp.property("label", get(&ReadEdge::label, r));
  dp.property("relation", get(&ReadEdge::relation, r));
  dp.property("quad_class", get(&ReadEdge::quad_class, r));
  dp.property("evidence", get(&ReadEdge::evidence, r));
  dp.property("negated", get(&ReadEdge::negated, r));
  dp.property("weight", get(&ReadEdge::weight, r));
  dp.property("confidence", get(&ReadEdge::confidence, r));
  std::istringstream in(xml);
  boost::read_graphml(in, r, dp);
  return r;
}

}  // namespace

TEST_CASE("graphml: read back with Boost's read_graphml, names and text intact") {
  const auto g = kg::test::tricky_graph();
  const std::string xml = kg::io::to_graphml(g);
  const ReadGraph r = read_back(xml);
  REQUIRE(num_vertices(r) == num_vertices(g));
  REQUIRE(num_edges(r) == num_edges(g));
  for (std::size_t v = 0; v < num_vertices(g); ++v) {
    CHECK(r[v].label == g[v].name);
    CHECK(r[v].id == g[v].id);
    CHECK(r[v].actor == g[v].actor);
    CHECK(r[v].mentions == static_cast<int>(g[v].mentions));
  }
  CHECK(r[4].aliases == "Kim Jong-un; the North Korean leader");
  CHECK(r[5].type == "THING");
  // The same edges, with their endpoints; the self-loop and parallel edges survive.
  std::multiset<std::tuple<std::size_t, std::size_t, std::string, int, bool>> want, got;
  for (auto e : boost::make_iterator_range(edges(g)))
    want.emplace(source(e, g), target(e, g), g[e].relation, static_cast<int>(g[e].count()), g[e].negated);
  std::size_t self_loops = 0;
  for (auto e : boost::make_iterator_range(edges(r))) {
    got.emplace(source(e, r), target(e, r), r[e].relation, r[e].weight, r[e].negated);
    if (source(e, r) == target(e, r)) ++self_loops;
  }
  CHECK(got == want);
  CHECK(self_loops == 1);
  CHECK(edge(4, 3, r).second);
  std::size_t parallel = 0;
  for (auto e : boost::make_iterator_range(out_edges(4, r)))
    if (target(e, r) == 3) ++parallel;
  CHECK(parallel == 2);
  // The attack evidence keeps quotes and backslashes (Boost's reader collapses white space).
  bool found = false;
  for (auto e : boost::make_iterator_range(edges(r)))
    if (r[e].relation == "attack") {
      found = true;
      CHECK(r[e].evidence == "doc3#0: The \"Quoted\" Party attacked Back\\slash. A second line here.");
      CHECK(r[e].confidence == doctest::Approx(0.8));
    }
  CHECK(found);
  CHECK(xml.find("edgedefault=\"directed\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"weight\" attr.type=\"int\"") != std::string::npos);
}

TEST_CASE("graphml: an empty graph") {
  kg::graph::BoostGraph g;
  const ReadGraph r = read_back(kg::io::to_graphml(g));
  CHECK(num_vertices(r) == 0);
  CHECK(num_edges(r) == 0);
}

TEST_CASE("graphml: control characters cannot break the XML") {
  kg::graph::BoostGraph g;
  kg::test::add_actor(g, std::string("bell\x07 and \x01 nul") + '\0' + "end", "PERSON");
  const ReadGraph r = read_back(kg::io::to_graphml(g));
  REQUIRE(num_vertices(r) == 1);
  CHECK(r[0].label == "bell and nul end");  // spaces collapsed by the reader
}
