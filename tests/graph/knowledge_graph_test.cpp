#include "kg/graph/knowledge_graph.h"

#include "test_support.h"

using namespace kg::graph;
using kg::extract::Triple;

namespace {

Triple triple(std::string doc, std::uint32_t sentence, std::string subject, std::string relation, std::string object,
              std::uint32_t at = 0) {
  Triple t;
  t.doc = std::move(doc);
  t.sentence = sentence;
  t.subject.text = subject;
  t.subject.id = subject;
  t.subject.kind = "actor";
  t.subject.type = "PERSON";
  t.subject.span = {at, at + 3};
  t.relation.text = relation + "s";
  t.relation.lemma = relation;
  t.relation.span = {at + 4, at + 6};
  t.object.text = object;
  t.object.kind = "thing";
  t.object.span = {at + 7, at + 9};
  t.confidence = 0.5;
  return t;
}

}  // namespace

TEST_CASE("knowledge graph: triples become vertices, edges and evidence") {
  KnowledgeGraph g;
  CHECK(g.add_triple(triple("d1", 0, "Kim Jong Un", "meet", "Moon Jae-in")));
  CHECK(g.add_triple(triple("d1", 1, "Kim Jong Un", "meet", "Moon Jae-in")));
  CHECK(g.add_triple(triple("d1", 1, "Kim Jong Un", "reject", "sanctions", 20)));
  CHECK(g.vertex_count() == 3);
  CHECK(g.edge_count() == 2);
  CHECK(g.evidence_count() == 3);
  Vertex kim = *g.vertex("Kim Jong Un");
  CHECK(g[kim].mentions == 3);
  CHECK(g[kim].documents.get("d1") == 3);
  CHECK(g[kim].type == "PERSON");
  CHECK(g[kim].actor);
  Vertex moon = *g.vertex("Moon Jae-in");
  CHECK_FALSE(g[moon].actor);
  CHECK(g[moon].type.empty());
  auto e = g.edge(kim, moon, "meet");
  REQUIRE(e);
  CHECK(g[*e].count() == 2);
  CHECK(g[*e].surface.get("meets") == 2);
}

TEST_CASE("knowledge graph: adding the same document twice adds nothing") {
  KnowledgeGraph g;
  g.add_triple(triple("d1", 0, "A", "meet", "B"));
  KnowledgeGraph before = g;
  CHECK_FALSE(g.add_triple(triple("d1", 0, "A", "meet", "B")));
  CHECK(g == before);
  CHECK(g[*g.vertex("A")].mentions == 1);
}

TEST_CASE("knowledge graph: forgiving name lookup") {
  CHECK(name_key("Kim Jong-un") == name_key("Kim Jong Un"));
  CHECK(name_key("  kim   JONG un ") == "kim jong un");
  CHECK(name_key("U.S.") == "us");
  CHECK(name_key("Kim Jong\xE2\x80\x90" "un") == "kim jong un");
  CHECK(name_key("Mois\xC3\xA9s Ca\xC3\xB1" "ete") == "moises canete");
  KnowledgeGraph g;
  Triple t = triple("d", 0, "he", "meet", "Moon");
  t.subject.id = "Kim Jong Un";
  g.add_triple(t);
  auto found = g.find("Kim Jong-un");
  REQUIRE(found.size() == 1);
  CHECK(g[found[0]].id == "Kim Jong Un");
  CHECK(g.find("HE").size() == 1);  // aliases are indexed too
  CHECK(g.find("nobody").empty());
}

TEST_CASE("knowledge graph: copies keep working indexes") {
  KnowledgeGraph g;
  g.add_triple(triple("d", 0, "A", "meet", "B"));
  KnowledgeGraph c = g;
  CHECK(c == g);
  c.add_triple(triple("d", 1, "A", "meet", "B"));
  CHECK(c.edge_count() == 1);
  CHECK(c.evidence_count() == 2);
  CHECK(g.evidence_count() == 1);
}
