#include "properties.h"

#include <array>
#include <set>

namespace kg::query {
namespace {

template <class E>
struct Named {
  const char* name;
  E prop;
};
constexpr std::array<Named<NodeProp>, 10> kNodeProps = {{{"id", NodeProp::Id},
                                                         {"name", NodeProp::Name},
                                                         {"type", NodeProp::Type},
                                                         {"actor", NodeProp::Actor},
                                                         {"mentions", NodeProp::Mentions},
                                                         {"aliases", NodeProp::Aliases},
                                                         {"documents", NodeProp::Documents},
                                                         {"degree", NodeProp::Degree},
                                                         {"in_degree", NodeProp::InDegree},
                                                         {"out_degree", NodeProp::OutDegree}}};
constexpr std::array<Named<RelProp>, 11> kRelProps = {{{"relation", RelProp::Relation},
                                                       {"event_class", RelProp::EventClass},
                                                       {"quad_class", RelProp::QuadClass},
                                                       {"negated", RelProp::Negated},
                                                       {"modality", RelProp::Modality},
                                                       {"count", RelProp::Count},
                                                       {"confidence", RelProp::Confidence},
                                                       {"evidence", RelProp::Evidence},
                                                       {"surface", RelProp::Surface},
                                                       {"documents", RelProp::Documents},
                                                       {"sentences", RelProp::Sentences}}};

template <class Table>
std::string names_of(const Table& t) {
  std::string out;
  for (const auto& p : t) {
    if (!out.empty()) out += ", ";
    out += p.name;
  }
  return out;
}

// Empty symbols read as null: a thing has no type, most edges no modality.
Value symbol_value(graph::Symbol s) { return s.empty() ? Value() : Value::string_view(s.view()); }

Value sorted_keys(const graph::CountMap& m) {
  ValueList out;
  out.reserve(m.size());
  for (const auto& [k, n] : m.sorted()) out.push_back(Value::string_view(k.view()));
  return Value::list(std::move(out));
}

}  // namespace

std::optional<NodeProp> node_prop_named(std::string_view key) {
  for (const auto& p : kNodeProps)
    if (key == p.name) return p.prop;
  return std::nullopt;
}
std::optional<RelProp> rel_prop_named(std::string_view key) {
  for (const auto& p : kRelProps)
    if (key == p.name) return p.prop;
  return std::nullopt;
}
std::string node_prop_names() { return names_of(kNodeProps); }
std::string rel_prop_names() { return names_of(kRelProps); }

Value node_property(const graph::KnowledgeGraph& kg, graph::Vertex v, NodeProp p) {
  const graph::ActorVertex& a = kg[v];
  const graph::BoostGraph& g = kg.graph();
  switch (p) {
    case NodeProp::Id: return Value::string_view(a.id.view());
    case NodeProp::Name: return Value::string_view(a.name.view());
    case NodeProp::Type: return symbol_value(a.type);
    case NodeProp::Actor: return Value::boolean(a.actor);
    case NodeProp::Mentions: return Value::integer(a.mentions);
    case NodeProp::Aliases: return sorted_keys(a.aliases);
    case NodeProp::Documents: return sorted_keys(a.documents);
    case NodeProp::Degree: return Value::integer(static_cast<std::int64_t>(boost::out_degree(v, g) + boost::in_degree(v, g)));
    case NodeProp::InDegree: return Value::integer(static_cast<std::int64_t>(boost::in_degree(v, g)));
    case NodeProp::OutDegree: return Value::integer(static_cast<std::int64_t>(boost::out_degree(v, g)));
  }
  return {};
}

Value rel_property(const graph::KnowledgeGraph& kg, const graph::Edge& e, RelProp p) {
  const graph::RelationEdge& r = kg[e];
  switch (p) {
    case RelProp::Relation: return Value::string_view(r.relation.view());
    case RelProp::EventClass: return symbol_value(r.event_class);
    case RelProp::QuadClass: return symbol_value(r.quad_class);
    case RelProp::Negated: return Value::boolean(r.negated);
    case RelProp::Modality: return symbol_value(r.modality);
    case RelProp::Count: return Value::integer(r.count());
    case RelProp::Confidence: return Value::real(r.confidence());
    case RelProp::Evidence: {
      ValueList items;
      items.reserve(r.evidence.size());
      for (const graph::Evidence& ev : r.evidence) {
        ValueMap m;
        m.emplace_back("doc", Value::string_view(ev.doc.view()));
        m.emplace_back("sentence", Value::integer(ev.sentence));
        m.emplace_back("text", symbol_value(ev.text));
        m.emplace_back("confidence", Value::real(ev.confidence));
        m.emplace_back("attribution", symbol_value(ev.attribution));
        m.emplace_back("start", Value::integer(ev.sentence_span.start));
        m.emplace_back("end", Value::integer(ev.sentence_span.end));
        items.push_back(Value::map(std::move(m)));
      }
      return Value::list(std::move(items));
    }
    case RelProp::Surface: return sorted_keys(r.surface);
    case RelProp::Documents: {
      std::set<std::string_view> docs;
      for (const graph::Evidence& ev : r.evidence) docs.insert(ev.doc.view());
      ValueList items;
      for (auto d : docs) items.push_back(Value::string_view(d));
      return Value::list(std::move(items));
    }
    case RelProp::Sentences: {
      ValueList items;
      for (const graph::Evidence& ev : r.evidence)
        if (!ev.text.empty()) items.push_back(Value::string_view(ev.text.view()));
      return Value::list(std::move(items));
    }
  }
  return {};
}

}  // namespace kg::query
