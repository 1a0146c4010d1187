#include "kg/io/synthetic.h"

#include <array>
#include <random>
#include <string>
#include <vector>

namespace kg::io {

graph::KnowledgeGraph synthetic_graph(std::size_t nodes, std::uint32_t seed) {
  static const std::array<const char*, 7> types{"PERSON", "PERSON", "ORG", "GPE", "NORP", "LOC", ""};
  struct Rel {
    const char* lemma;
    const char* quad;
  };
  static const std::array<Rel, 8> relations{{{"meet", "verbal cooperation"},
                                             {"praise", "verbal cooperation"},
                                             {"sign agreement with", "material cooperation"},
                                             {"send aid to", "material cooperation"},
                                             {"criticize", "verbal conflict"},
                                             {"threaten", "verbal conflict"},
                                             {"attack", "material conflict"},
                                             {"mention", ""}}};
  std::mt19937 rng(seed);
  graph::KnowledgeGraph g;
  g.reserve(nodes, nodes * 3);
  std::vector<graph::Vertex> vs;
  std::vector<graph::Vertex> ends;  // every edge end once: picking from it favours hubs
  for (std::size_t i = 0; i < nodes; ++i) {
    const char* type = types[i % types.size()];
    const std::string id = std::string(*type ? "Actor " : "thing ") + std::to_string(i);
    vs.push_back(g.ensure_vertex(id, id, type, *type != '\0'));
  }
  if (nodes < 2) return g;
  const std::size_t edges = nodes * 5 / 2;
  for (std::size_t i = 0; i < edges; ++i) {
    const graph::Vertex s = i < nodes ? vs[i] : (ends.empty() ? vs[rng() % nodes] : ends[rng() % ends.size()]);
    graph::Vertex t = (rng() % 3 == 0 || ends.empty()) ? vs[rng() % nodes] : ends[rng() % ends.size()];
    if (t == s) t = vs[(s + 1) % nodes];
    const Rel& r = relations[rng() % relations.size()];
    const graph::EdgeLabel label{r.lemma, rng() % 20 == 0, {}, r.quad[0] ? "CONSULT" : "other", r.quad};
    const graph::Edge e = g.ensure_edge(s, t, label);
    const std::uint32_t n = 1 + rng() % 3;
    for (std::uint32_t k = 0; k < n; ++k) {
      graph::Evidence ev;
      ev.doc = "doc" + std::to_string(rng() % (nodes / 4 + 1));
      ev.sentence = static_cast<std::uint32_t>(rng() % 40);
      ev.sentence_span = {ev.sentence * 200, ev.sentence * 200 + 120};
      ev.subject_span = {ev.sentence * 200, ev.sentence * 200 + 10};
      ev.relation_span = {ev.sentence * 200 + 11, ev.sentence * 200 + 20 + k};
      ev.object_span = {ev.sentence * 200 + 30, ev.sentence * 200 + 40};
      ev.subject_text = g[s].id;
      ev.object_text = g[t].id;
      ev.relation_text = r.lemma;
      ev.subject_type = g[s].type;
      ev.object_type = g[t].type;
      ev.text = std::string(g[s].id.view()) + " said to " + std::string(g[t].id.view()) + " that they " + r.lemma +
                " each other, officials reported on Tuesday.";
      ev.confidence = 0.5 + 0.5 * static_cast<double>(rng() % 100) / 100.0;
      g.add_evidence(e, ev);
    }
    ends.push_back(s);
    ends.push_back(t);
  }
  return g;
}

}  // namespace kg::io
