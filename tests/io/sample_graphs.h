// Hand-built graphs for the io tests: awkward names and text, a self-loop,
// parallel edges, things, every quad class.
#pragma once
#include <string>

#include "kg/graph/model.h"

namespace kg::test {

inline graph::Evidence evidence(std::string doc, std::uint32_t sentence, std::string text, double confidence,
                                std::uint32_t offset = 0) {
  graph::Evidence ev;
  ev.doc = std::move(doc);
  ev.sentence = sentence;
  ev.text = std::move(text);
  ev.confidence = confidence;
  ev.sentence_span = {offset, offset + 50};
  ev.subject_span = {offset, offset + 5};
  ev.relation_span = {offset + 6, offset + 10};
  ev.object_span = {offset + 11, offset + 20};
  return ev;
}

inline graph::Vertex add_actor(graph::BoostGraph& g, std::string id, std::string type, bool actor = true) {
  graph::ActorVertex v;
  v.id = id;
  v.name = id;
  v.type = std::move(type);
  v.actor = actor;
  v.aliases.add(id, 1);
  v.mentions = 1;
  v.documents.add("doc1", 1);
  return add_vertex(v, g);
}

inline graph::Edge add_relation(graph::BoostGraph& g, graph::Vertex s, graph::Vertex o, std::string lemma,
                                std::string quad, std::vector<graph::Evidence> evidence, bool negated = false) {
  graph::RelationEdge e;
  e.relation = lemma;
  e.surface.add(lemma, 1);
  e.quad_class = std::move(quad);
  e.event_class = e.quad_class.empty() ? "other" : "CONSULT";
  e.negated = negated;
  e.evidence = std::move(evidence);
  return add_edge(s, o, e, g).first;
}

// 6 vertices (one thing), 7 edges: a self-loop, two parallel edges, a negated
// edge, all four quad classes and one without.
inline graph::BoostGraph tricky_graph() {
  graph::BoostGraph g;
  const auto quote = add_actor(g, "The \"Quoted\" Party", "ORG");
  const auto slash = add_actor(g, "Back\\slash \\N Group", "GROUP");
  const auto accent = add_actor(g, "Zoë Ångström-Łukasiewicz", "PERSON");
  const auto korea = add_actor(g, "평양 Pyongyang", "GPE");
  const auto kim = add_actor(g, "Kim Jong Un", "PERSON");
  const auto thing = add_actor(g, "sanctions & <tariffs>", "", false);
  g[kim].aliases.add("Kim Jong-un", 3);
  g[kim].aliases.add("the North Korean leader", 2);
  g[kim].mentions = 6;
  g[accent].aliases.add("Zoe", 1);
  const std::string long_text(3000, 'x');
  add_relation(g, kim, korea, "visit", "material cooperation",
               {evidence("doc1", 0, "Kim Jong Un visited \"Pyongyang\" again.", 0.9),
                evidence("doc2", 3, "He went back to 평양 on Monday.", 0.7)});
  add_relation(g, kim, korea, "praise", "verbal cooperation", {evidence("doc1", 1, "He praised the city.", 0.6)});
  add_relation(g, kim, kim, "criticize", "verbal conflict",
               {evidence("doc1", 2, "Kim criticized himself \\ in a speech.", 0.5)});
  add_relation(g, quote, slash, "attack", "material conflict",
               {evidence("doc3", 0, "The \"Quoted\" Party attacked Back\\slash.\nA second line\there.", 0.8)});
  add_relation(g, accent, quote, "meet", "", {evidence("doc3", 1, "Zoë met them: " + long_text, 0.4)}, true);
  add_relation(g, accent, thing, "oppose", "verbal conflict",
               {evidence("doc3", 2, "Zoë opposed sanctions & <tariffs>.", 0.55)});
  add_relation(g, slash, accent, "say \"hello\" to", "verbal cooperation",
               {evidence("doc4", 0, "They said \"hello\" to Zoë.", 0.3)});
  return g;
}

}  // namespace kg::test
