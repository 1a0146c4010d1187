// The query language: parser, binder, planner and executor on a small fixed
// graph. Any query either runs within the row and time limits or fails with
// kg::Error; results then format as a table.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "kg/base/error.h"
#include "kg/graph/knowledge_graph.h"
#include "kg/query/query.h"
#include "kg/query/result_format.h"

namespace {

void link(kg::graph::KnowledgeGraph& g, const char* s, const char* type_s, const char* rel, const char* o,
          const char* type_o, std::uint32_t sentence, bool negated) {
  kg::extract::Triple t;
  t.doc = sentence % 2 ? "a" : "b";
  t.sentence = sentence;
  t.sentence_span = {sentence * 10, sentence * 10 + 9};
  t.subject.text = t.subject.id = s;
  t.subject.type = type_s;
  t.subject.kind = "actor";
  t.object.text = t.object.id = o;
  t.object.type = type_o;
  t.object.kind = "actor";
  t.relation.text = t.relation.lemma = rel;
  t.negated = negated;
  t.event_class = "consult";
  t.confidence = 0.5 + sentence / 100.0;
  g.add_triple(t);
}

const kg::graph::KnowledgeGraph& fixed_graph() {
  static const kg::graph::KnowledgeGraph g = [] {
    kg::graph::KnowledgeGraph k;
    link(k, "Alice", "PERSON", "meet", "Bob", "PERSON", 0, false);
    link(k, "Bob", "PERSON", "meet", "Alice", "PERSON", 1, false);
    link(k, "Bob", "PERSON", "criticize", "Acme", "ORG", 2, true);
    link(k, "Acme", "ORG", "sue", "Globex", "ORG", 3, false);
    link(k, "Globex", "ORG", "hire", "Alice", "PERSON", 4, false);
    link(k, "Carol", "PERSON", "visit", "Paris", "GPE", 5, false);
    link(k, "Alice", "PERSON", "visit", "Paris", "GPE", 6, false);
    link(k, "Paris", "GPE", "host", "Acme", "ORG", 7, false);
    return k;
  }();
  return g;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& g = fixed_graph();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kg::query::QueryOptions options;
  options.max_rows = 10'000;
  options.timeout_seconds = 1.0;
  try {
    kg::query::check_syntax(text);
  } catch (const kg::Error&) {
  }
  try {
    auto result = kg::query::run_query(g, text, options);
    (void)kg::query::to_table(g, result);
  } catch (const kg::Error&) {
  }
  return 0;
}
