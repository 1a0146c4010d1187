#include "kg/graph/algorithms.h"

#include <numeric>

#include "test_support.h"

using namespace kg::graph;

namespace {

// Builds a graph from "a>b" edge specs (relation "r"), one evidence each.
KnowledgeGraph make(std::initializer_list<std::pair<const char*, const char*>> edges,
                    std::initializer_list<const char*> isolated = {}) {
  KnowledgeGraph g;
  std::uint32_t at = 0;
  for (auto [a, b] : edges) {
    kg::extract::Triple t;
    t.doc = "d";
    t.subject = {a, a, "PERSON", "actor", {at, at + 1}};
    t.relation = {"r", "r", {at + 2, at + 3}};
    t.object = {b, b, "PERSON", "actor", {at + 4, at + 5}};
    at += 10;
    g.add_triple(t);
  }
  for (const char* v : isolated) g.ensure_vertex(v, v, "PERSON", true);
  return g;
}

std::string id(const KnowledgeGraph& g, Vertex v) { return g[v].id.str(); }

}  // namespace

TEST_CASE("algorithms: neighbourhood by depth, either direction") {
  KnowledgeGraph g = make({{"a", "b"}, {"c", "b"}, {"c", "d"}, {"d", "e"}});
  Vertex b = *g.vertex("b");
  auto r1 = neighbourhood(g, b, 1);
  REQUIRE(r1.size() == 3);
  CHECK(id(g, r1[0].vertex) == "b");
  CHECK(id(g, r1[1].vertex) == "a");
  CHECK(id(g, r1[2].vertex) == "c");
  auto r2 = neighbourhood(g, b, 2);
  REQUIRE(r2.size() == 4);
  CHECK(id(g, r2[3].vertex) == "d");
  CHECK(r2[3].depth == 2);
  CHECK(id(g, r2[3].parent) == "c");
  CHECK(neighbourhood(g, b, 3, Direction::out).size() == 1);
  CHECK(neighbourhood(g, *g.vertex("c"), 5, Direction::out).size() == 4);
}

TEST_CASE("algorithms: shortest path ignores direction, picks the smallest ids on ties") {
  KnowledgeGraph g = make({{"a", "x"}, {"a", "y"}, {"x", "z"}, {"z", "y"}, {"y", "t"}, {"x", "t"}}, {"lonely"});
  auto p = shortest_path(g, *g.vertex("a"), *g.vertex("t"));
  REQUIRE(p);
  REQUIRE(p->size() == 3);
  CHECK(id(g, (*p)[1]) == "x");
  CHECK_FALSE(shortest_path(g, *g.vertex("a"), *g.vertex("lonely")));
  CHECK(shortest_path(g, *g.vertex("t"), *g.vertex("a"))->size() == 3);
  CHECK_FALSE(shortest_path(g, *g.vertex("t"), *g.vertex("a"), Direction::out));
  CHECK(shortest_path(g, *g.vertex("a"), *g.vertex("a"))->size() == 1);
}

TEST_CASE("algorithms: connected components") {
  KnowledgeGraph g = make({{"a", "b"}, {"c", "b"}, {"x", "y"}}, {"z"});
  Components c = connected_components(g);
  CHECK(c.count == 3);
  CHECK(c.component[*g.vertex("a")] == 0);
  CHECK(c.component[*g.vertex("c")] == 0);
  CHECK(c.component[*g.vertex("x")] == 1);
  CHECK(c.component[*g.vertex("z")] == 2);
  CHECK(c.sizes == std::vector<std::uint32_t>{3, 2, 1});
}

TEST_CASE("algorithms: pagerank sums to one and handles dangling vertices") {
  // a -> b -> c, c dangling; plus an isolated vertex.
  KnowledgeGraph g = make({{"a", "b"}, {"b", "c"}}, {"z"});
  std::vector<double> pr = pagerank(g);
  CHECK(std::accumulate(pr.begin(), pr.end(), 0.0) == doctest::Approx(1.0));
  CHECK(pr[*g.vertex("c")] > pr[*g.vertex("b")]);
  CHECK(pr[*g.vertex("b")] > pr[*g.vertex("a")]);
  CHECK(pr[*g.vertex("a")] == doctest::Approx(pr[*g.vertex("z")]));
  // A symmetric cycle: uniform.
  KnowledgeGraph cyc = make({{"a", "b"}, {"b", "c"}, {"c", "a"}});
  for (double x : pagerank(cyc)) CHECK(x == doctest::Approx(1.0 / 3));
  // Against the closed form for a two-vertex graph a -> b (b dangling):
  // r_a = (1-d)/2 + d r_b/2, r_b = (1-d)/2 + d r_b/2 + d r_a.
  KnowledgeGraph two = make({{"a", "b"}});
  std::vector<double> r = pagerank(two);
  double d = 0.85, ra = r[*two.vertex("a")], rb = r[*two.vertex("b")];
  CHECK(ra == doctest::Approx((1 - d) / 2 + d * rb / 2));
  CHECK(rb == doctest::Approx((1 - d) / 2 + d * rb / 2 + d * ra));
}

TEST_CASE("algorithms: betweenness and degree") {
  // A star around c plus a tail: a-c, b-c, c-d, d-e.
  KnowledgeGraph g = make({{"a", "c"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"d", "e"}});
  std::vector<double> bc = betweenness(g);
  // c lies on the paths a-b, a-d, a-e, b-d, b-e: 5 of the (4*3)/2 = 6 pairs without c.
  CHECK(bc[*g.vertex("c")] == doctest::Approx(5.0 / 6));
  // d lies on a-e, b-e, c-e.
  CHECK(bc[*g.vertex("d")] == doctest::Approx(3.0 / 6));
  CHECK(bc[*g.vertex("a")] == doctest::Approx(0.0));
  std::vector<std::uint32_t> deg = degree(g);
  CHECK(deg[*g.vertex("c")] == 3);
  CHECK(deg[*g.vertex("e")] == 1);  // the repeated triple is one edge with two evidence
  CHECK(degree(g, Direction::out)[*g.vertex("c")] == 1);
}
