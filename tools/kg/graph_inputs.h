// Adding inputs to a graph, shared by `kg build` and `kg add`: triples JSONL
// files with --triples, else articles (which need the extraction pipeline).
#pragma once
#include <string>
#include <vector>

#include "kg/base/error.h"
#include "kg/graph/knowledge_graph.h"
#include "kg/graph/triples_input.h"

namespace kg::cli {

struct GraphInputs {
  std::vector<std::string> inputs;
  bool triples = false;
};

inline graph::TriplesLoad add_inputs(graph::KnowledgeGraph& g, const GraphInputs& in, bool quiet) {
  if (!in.triples)
    throw Error(
        "building from articles needs the extraction pipeline, which this kg was built without; "
        "run 'kg extract' and pass its output with --triples");
  graph::TriplesLoad total;
  for (const std::string& path : in.inputs) {
    graph::TriplesLoad l = graph::add_triples_file(g, path, quiet);
    total.triples += l.triples;
    total.added += l.added;
  }
  return total;
}

}  // namespace kg::cli
