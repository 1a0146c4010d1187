// Merge must be associative, commutative and idempotent, and building from
// shards then merging must equal building in one go. Checked over random
// graphs from a seeded generator, including evidence that two graphs
// disagree about (same place, different payload).
#include <random>

#include "kg/base/atomic_file.h"
#include "kg/graph/knowledge_graph.h"
#include "kg/graph/triples_input.h"
#include "test_support.h"

using namespace kg::graph;
using kg::extract::Triple;

namespace {

Triple random_triple(std::mt19937& rng) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  static const char* names[] = {"Anna", "Berg", "Holm", "Norvia", "Valdoria", "the deal", "sanctions", "talks"};
  static const char* rels[] = {"meet", "praise", "criticize", "sign"};
  static const char* types[] = {"PERSON", "GPE", "ORG", ""};
  Triple t;
  t.doc = "doc" + std::to_string(pick(4));
  t.sentence = static_cast<std::uint32_t>(pick(3));
  std::uint32_t at = t.sentence * 100 + static_cast<std::uint32_t>(pick(3)) * 10;
  int s = pick(8), o = pick(8);
  t.subject = {names[s] + std::string(pick(2) ? "" : "'s"), s < 5 ? names[s] : "", types[pick(4)], s < 5 ? "actor" : "thing",
               {at, at + 2}};
  t.relation = {std::string(rels[pick(4)]) + (pick(2) ? "s" : "ed"), rels[pick(4)], {at + 3, at + 4}};
  t.object = {names[o], o < 5 ? names[o] : "", types[pick(4)], o < 5 ? "actor" : "thing", {at + 5, at + 7}};
  t.negated = pick(5) == 0;
  t.modality = pick(4) == 0 ? "plan" : "";
  t.event_class = pick(3) == 0 ? "other" : pick(2) ? "CONSULT" : "";
  t.confidence = pick(10) / 10.0;
  t.sentence_text = pick(2) ? "text " + std::to_string(pick(3)) : "";
  return t;
}

KnowledgeGraph random_graph(std::mt19937& rng, int n) {
  KnowledgeGraph g;
  for (int i = 0; i < n; ++i) g.add_triple(random_triple(rng));
  return g;
}

KnowledgeGraph merged(KnowledgeGraph a, const KnowledgeGraph& b) {
  a.merge(b);
  return a;
}

}  // namespace

TEST_CASE("merge: associative, commutative, idempotent over random graphs") {
  std::mt19937 rng(20261123);
  for (int round = 0; round < 60; ++round) {
    CAPTURE(round);
    KnowledgeGraph a = random_graph(rng, 1 + static_cast<int>(rng() % 30));
    KnowledgeGraph b = random_graph(rng, 1 + static_cast<int>(rng() % 30));
    KnowledgeGraph c = random_graph(rng, static_cast<int>(rng() % 30));
    CHECK(merged(a, b).difference(merged(b, a)) == "");
    CHECK(merged(merged(a, b), c).difference(merged(a, merged(b, c))) == "");
    CHECK(merged(a, a).difference(a) == "");
    CHECK(merged(merged(a, b), b).difference(merged(a, b)) == "");
    KnowledgeGraph self = a;
    self.merge(self);
    CHECK(self.difference(a) == "");
  }
}

TEST_CASE("merge: counts come from the evidence, not from sums") {
  KnowledgeGraph a;
  Triple t;
  t.doc = "d";
  t.subject = {"he", "Anna Berg", "PERSON", "actor", {0, 2}};
  t.relation = {"met", "meet", {3, 6}};
  t.object = {"Holm", "Jonas Holm", "PERSON", "actor", {7, 11}};
  a.add_triple(t);
  KnowledgeGraph b = a;
  a.merge(b);
  Vertex v = *a.vertex("Anna Berg");
  CHECK(a[v].mentions == 1);
  CHECK(a[v].aliases.get("he") == 1);
  CHECK(a.evidence_count() == 1);
  // The same place read differently by another extractor run: one evidence,
  // the larger payload wins whichever graph comes first.
  Triple u = t;
  u.subject.text = "she";
  u.confidence = 0.9;
  KnowledgeGraph c;
  c.add_triple(u);
  KnowledgeGraph ac = merged(a, c), ca = merged(c, a);
  CHECK(ac.difference(ca) == "");
  CHECK(ac.evidence_count() == 1);
  CHECK(ac[*ac.vertex("Anna Berg")].mentions == 1);
  CHECK(ac[*ac.vertex("Anna Berg")].aliases.get("she") == 1);
  CHECK_FALSE(ac[*ac.vertex("Anna Berg")].aliases.contains("he"));
}

TEST_CASE("merge: three shards merged equal the graph built in one go") {
  std::string data = kg::read_file(std::string(KG_TEST_DATA_DIR) + "/graph_triples.jsonl");
  KnowledgeGraph whole;
  add_triples_text(whole, data, "all");
  std::string shards[3];
  std::size_t pos = 0, line = 0;
  while (pos < data.size()) {
    std::size_t nl = data.find('\n', pos);
    shards[line++ % 3] += data.substr(pos, nl - pos + 1);
    pos = nl + 1;
  }
  KnowledgeGraph parts[3];
  for (int i = 0; i < 3; ++i) add_triples_text(parts[i], shards[i], "shard");
  KnowledgeGraph m = parts[2];
  m.merge(parts[0]);
  m.merge(parts[1]);
  CHECK(m.difference(whole) == "");
  CHECK(m == whole);
}
