#include <string>

#include "kg/base/error.h"
#include "kg/io/export.h"
#include "kg/io/synthetic.h"
#include "kg/io/view.h"
#include "sample_graphs.h"
#include "test_support.h"

using kg::io::ViewOptions;

TEST_CASE("view: names are matched forgivingly, ambiguity and misses are explained") {
  const auto g = kg::test::tricky_graph();
  CHECK(g[kg::io::find_vertex(g, "Kim Jong Un")].id == "Kim Jong Un");
  CHECK(g[kg::io::find_vertex(g, "kim jong-un")].id == "Kim Jong Un");
  CHECK(g[kg::io::find_vertex(g, "the North Korean leader")].id == "Kim Jong Un");  // an alias
  CHECK(g[kg::io::find_vertex(g, "zoe angstrom lukasiewicz")].id == "Zoë Ångström-Łukasiewicz");
  CHECK(g[kg::io::find_vertex(g, "Ångström")].id == "Zoë Ångström-Łukasiewicz");  // one word of the name
  CHECK(g[kg::io::find_vertex(g, "Kim Jong Uh")].id == "Kim Jong Un");            // a typo
  CHECK_THROWS_WITH_AS(kg::io::find_vertex(g, "Nobody At All"), doctest::Contains("no actor matches 'Nobody At All'"),
                       kg::Error);
  kg::graph::BoostGraph two = g;
  kg::test::add_actor(two, "Kim Yo Jong", "PERSON");
  CHECK_THROWS_WITH_AS(kg::io::find_vertex(two, "Kim"), doctest::Contains("ambiguous"), kg::Error);
  CHECK_THROWS_AS(kg::io::find_vertex(kg::graph::BoostGraph{}, "x"), kg::Error);
}

TEST_CASE("view: focus, depth, filters and max-nodes") {
  const auto g = kg::test::tricky_graph();
  ViewOptions o;
  CHECK(kg::io::is_whole_graph(o));
  o.focus = {"Kim Jong Un"};
  o.depth = 1;
  auto v = kg::io::make_view(g, o);
  CHECK(num_vertices(v) == 2);  // Kim and Pyongyang
  CHECK(num_edges(v) == 3);     // visit, praise, the self-loop
  o.depth = 0;
  v = kg::io::make_view(g, o);
  CHECK(num_vertices(v) == 1);
  CHECK(num_edges(v) == 1);  // the self-loop
  ViewOptions m;
  m.min_count = 2;
  v = kg::io::make_view(g, m);
  CHECK(num_vertices(v) == 2);
  CHECK(num_edges(v) == 1);
  ViewOptions t;
  t.types = {"person"};
  v = kg::io::make_view(g, t);
  CHECK(num_vertices(v) == 2);
  ViewOptions r;
  r.relations = {"verbal conflict"};
  v = kg::io::make_view(g, r);
  CHECK(num_edges(v) == 2);  // criticize, oppose
  ViewOptions a;
  a.actors_only = true;
  CHECK(num_vertices(kg::io::make_view(g, a)) == 5);
  ViewOptions n;
  n.max_nodes = 2;
  v = kg::io::make_view(g, n);
  REQUIRE(num_vertices(v) == 2);
  // Weighted degree: Kim 4, then Zoë and Pyongyang 3 (tie broken by id); input order kept.
  CHECK(v[0].id == "Zoë Ångström-Łukasiewicz");
  CHECK(v[1].id == "Kim Jong Un");
}

TEST_CASE("view: a view of a real graph is a consistent graph of its own") {
  const kg::graph::KnowledgeGraph big = kg::io::synthetic_graph(200, 7);
  CHECK(big.vertex_count() == 200);
  CHECK(big.edge_count() > 300);
  ViewOptions o;
  o.max_nodes = 30;
  const kg::graph::KnowledgeGraph small = kg::io::view_graph(big, o);
  CHECK(small.vertex_count() == 30);
  std::size_t evidence = 0;
  for (auto e : boost::make_iterator_range(edges(small.graph()))) evidence += small[e].count();
  CHECK(small.evidence_count() == evidence);
}
