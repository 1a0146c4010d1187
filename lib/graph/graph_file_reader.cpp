// Reads the graph file as a stream: the top-level object and its two arrays
// are walked by hand, each vertex or edge is parsed into a small reusable
// RapidJSON document, checked field by field, and added to the graph. Memory
// stays proportional to the graph, not to the file.
#include <cstdio>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/memorystream.h>

#include "kg/base/error.h"
#include "kg/graph/graph_file.h"

namespace kg::graph {
namespace {

using Value = rapidjson::Value;
// Iterative: RapidJSON's default recursive parser overflows the stack on
// deeply nested input ("[[[[..." of a few MB). No full-precision flag: RapidJSON
// 1.1.0's full-precision path has undefined behaviour on a zero significand
// with a long exponent ("0e0000000095", found by fuzzing), and the numbers we
// write (integers, confidences with 3 decimals) parse exactly without it.
constexpr unsigned kParseFlags = rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag;

const std::string kVertices = "vertices", kEdges = "edges";

// What a vertex line claims; checked against the counts the evidence gives.
struct DeclaredVertex {
  std::size_t offset;
  std::size_t index;  // in 'vertices'
  Vertex v;
  Symbol type;
  std::uint32_t mentions;
  CountMap aliases, documents, types;
};

template <class Stream>
class GraphReader {
 public:
  GraphReader(Stream& s, std::string source)
      : s_(s), source_(std::move(source)), pool_(pool_buffer_.data(), pool_buffer_.size()), doc_(&pool_) {}

  KnowledgeGraph read() {
    skip_ws();
    if (s_.Peek() != '{') fail(s_.Tell(), "not a kg graph file (expected a JSON object)");
    s_.Take();
    bool first = true;
    for (;;) {
      skip_ws();
      if (first && s_.Peek() == '}') {
        s_.Take();
        break;
      }
      first = false;
      std::size_t at = s_.Tell();
      parse_element();
      if (!doc_.IsString()) fail(at, "expected a field name");
      std::string key(doc_.GetString(), doc_.GetStringLength());
      skip_ws();
      expect(':');
      skip_ws();
      top_field(key, s_.Tell());
      skip_ws();
      char c = s_.Peek();
      if (c == ',') {
        s_.Take();
        continue;
      }
      if (c == '}') {
        s_.Take();
        break;
      }
      fail(s_.Tell(), c == '\0' ? "unexpected end of file (truncated graph file?)" : "expected ',' or '}'");
    }
    skip_ws();
    if (s_.Peek() != '\0') fail(s_.Tell(), "unexpected data after the graph");
    if (!seen_vertices_) fail(s_.Tell(), "missing field 'vertices'");
    if (!seen_edges_) fail(s_.Tell(), "missing field 'edges'");
    check_totals();
    return std::move(g_);
  }

 private:
  [[noreturn]] void fail(std::size_t offset, const std::string& what) const {
    throw Error(at_byte(source_, offset, what));
  }
  [[noreturn]] void field_error(const std::string& field, const std::string& what) const {
    std::string where = element();
    fail(element_at_, where + (where.empty() ? "" : ": ") + "field '" + field + "' " + what);
  }

  void skip_ws() {
    for (char c = s_.Peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = s_.Peek()) s_.Take();
  }
  void expect(char want) {
    char c = s_.Peek();
    if (c != want) {
      if (c == '\0') fail(s_.Tell(), "unexpected end of file (truncated graph file?)");
      fail(s_.Tell(), std::string("expected '") + want + "'");
    }
    s_.Take();
  }

  // Parses the next JSON value into doc_ (the previous one is discarded).
  void parse_element() {
    doc_.SetNull();
    pool_.Clear();
    doc_.template ParseStream<kParseFlags>(s_);
    if (doc_.HasParseError()) {
      std::size_t off = doc_.GetErrorOffset();
      if (doc_.GetParseError() == rapidjson::kParseErrorDocumentEmpty ||
          (s_.Peek() == '\0' && off >= s_.Tell()))
        fail(off, "unexpected end of file (truncated graph file?)");
      fail(off, std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc_.GetParseError()));
    }
  }

  template <class F>
  void parse_array(const std::string& name, F&& each) {
    skip_ws();
    expect('[');
    skip_ws();
    if (s_.Peek() == ']') {
      s_.Take();
      return;
    }
    for (std::size_t i = 0;; ++i) {
      skip_ws();
      element_at_ = s_.Tell();
      element_array_ = &name;
      element_index_ = i;
      parse_element();
      each(i);
      element_array_ = nullptr;
      skip_ws();
      char c = s_.Peek();
      if (c == ',') {
        s_.Take();
        continue;
      }
      if (c == ']') {
        s_.Take();
        return;
      }
      fail(s_.Tell(), c == '\0' ? "unexpected end of file (truncated graph file?)" : "expected ',' or ']' in '" + name + "'");
    }
  }

  void top_field(const std::string& key, std::size_t at) {
    if (key == "vertices" || key == "edges") {
      if (!seen_version_) fail(at, "field 'format' and 'version' must come before '" + key + "'");
      if (key == "vertices") {
        if (seen_vertices_) fail(at, "duplicate field 'vertices'");
        seen_vertices_ = true;
        g_.reserve(declared_vertices_, declared_edges_);
        parse_array(kVertices, [&](std::size_t) { read_vertex(); });
      } else {
        if (!seen_vertices_) fail(at, "field 'vertices' must come before 'edges'");
        if (seen_edges_) fail(at, "duplicate field 'edges'");
        seen_edges_ = true;
        parse_array(kEdges, [&](std::size_t) { read_edge(); });
      }
      return;
    }
    element_at_ = at;
    parse_element();
    if (key == "format") {
      if (!doc_.IsString() || std::string_view(doc_.GetString()) != kGraphFormatName)
        fail(at, std::string("not a kg graph file (field 'format' must be \"") + kGraphFormatName + "\")");
      seen_format_ = true;
    } else if (key == "version") {
      if (!seen_format_) fail(at, "not a kg graph file (field 'format' must come first)");
      if (!doc_.IsUint() || doc_.GetUint() == 0) fail(at, "field 'version' must be a positive integer");
      unsigned v = doc_.GetUint();
      if (v > static_cast<unsigned>(kGraphFormatVersion))
        fail(at, "graph format version " + std::to_string(v) + " is newer than this kg reads (version " +
                     std::to_string(kGraphFormatVersion) + "); upgrade kg to read this file");
      seen_version_ = true;
    } else if (key == "vertex_count" || key == "edge_count" || key == "evidence_count") {
      if (!doc_.IsUint64()) fail(at, "field '" + key + "' must be a non-negative integer");
      std::size_t n = doc_.GetUint64();
      (key == "vertex_count" ? declared_vertices_ : key == "edge_count" ? declared_edges_ : declared_evidence_) = n;
      (key == "vertex_count" ? has_vertex_count_ : key == "edge_count" ? has_edge_count_ : has_evidence_count_) = true;
    } else {
      fail(at, "unknown field '" + key + "'");
    }
  }

  // --- field readers over doc_ (or a nested object) ---
  std::string_view string_field(const Value& obj, const char* name, const std::string& path, bool required) {
    auto it = obj.FindMember(name);
    if (it == obj.MemberEnd()) {
      if (required) field_error(path, "is missing");
      return {};
    }
    if (!it->value.IsString()) field_error(path, "must be a string");
    return {it->value.GetString(), it->value.GetStringLength()};
  }
  std::uint32_t uint_field(const Value& obj, const char* name, const std::string& path, bool required) {
    auto it = obj.FindMember(name);
    if (it == obj.MemberEnd()) {
      if (required) field_error(path, "is missing");
      return 0;
    }
    if (!it->value.IsUint()) field_error(path, "must be a non-negative integer below 2^32");
    return it->value.GetUint();
  }
  bool bool_field(const Value& obj, const char* name, const std::string& path, bool fallback) {
    auto it = obj.FindMember(name);
    if (it == obj.MemberEnd()) return fallback;
    if (!it->value.IsBool()) field_error(path, "must be true or false");
    return it->value.GetBool();
  }
  CountMap counts_field(const Value& obj, const char* name, const std::string& path) {
    CountMap m;
    auto it = obj.FindMember(name);
    if (it == obj.MemberEnd()) return m;
    if (!it->value.IsObject()) field_error(path, "must be an object of counts");
    for (const auto& kv : it->value.GetObject()) {
      std::string_view k(kv.name.GetString(), kv.name.GetStringLength());
      if (!kv.value.IsUint() || kv.value.GetUint() == 0)
        field_error(path + "." + std::string(k), "must be a positive integer");
      Symbol s(k);
      if (m.contains(s)) field_error(path + "." + std::string(k), "is duplicated");
      m.add(s, kv.value.GetUint());
    }
    return m;
  }
  void only_fields(const Value& obj, std::initializer_list<std::string_view> known, const std::string& prefix) {
    for (const auto& kv : obj.GetObject()) {
      std::string_view k(kv.name.GetString(), kv.name.GetStringLength());
      bool ok = false;
      for (std::string_view n : known) ok = ok || n == k;
      if (!ok) field_error(prefix + std::string(k), "is not a known field");
    }
  }

  void read_vertex() {
    if (!doc_.IsObject()) fail(element_at_, element() + ": must be an object");
    only_fields(doc_, {"id", "name", "type", "actor", "mentions", "aliases", "documents", "types"}, "");
    std::string_view id = string_field(doc_, "id", "id", true);
    if (id.empty()) field_error("id", "must not be empty");
    Symbol sid(id);
    if (g_.vertex(id)) field_error("id", "repeats vertex '" + std::string(id) + "'");
    Symbol type(string_field(doc_, "type", "type", false));
    Vertex v = g_.ensure_vertex(sid, Symbol(string_field(doc_, "name", "name", false)), type,
                                bool_field(doc_, "actor", "actor", true));
    vertices_.push_back(v);
    declared_.push_back({element_at_, element_index_, v, type, uint_field(doc_, "mentions", "mentions", false),
                         counts_field(doc_, "aliases", "aliases"), counts_field(doc_, "documents", "documents"),
                         counts_field(doc_, "types", "types")});
  }

  // Typed access to one member's value; `path` names it in errors.
  std::string_view as_string(const Value& v, std::string_view path) {
    if (!v.IsString()) field_error(std::string(path), "must be a string");
    return {v.GetString(), v.GetStringLength()};
  }
  std::uint32_t as_uint(const Value& v, std::string_view path) {
    if (!v.IsUint()) field_error(std::string(path), "must be a non-negative integer below 2^32");
    return v.GetUint();
  }
  bool as_bool(const Value& v, std::string_view path) {
    if (!v.IsBool()) field_error(std::string(path), "must be true or false");
    return v.GetBool();
  }
  // Members are visited once and dispatched by name (RapidJSON's FindMember
  // is a linear scan, which made loading quadratic in the number of fields).
  void read_edge() {
    if (!doc_.IsObject()) fail(element_at_, element() + ": must be an object");
    bool has_source = false, has_target = false;
    std::uint32_t source = 0, target = 0;
    EdgeLabel label;
    const Value* evidence = nullptr;
    const Value* count = nullptr;
    const Value* surface = nullptr;
    for (const auto& m : doc_.GetObject()) {
      std::string_view k(m.name.GetString(), m.name.GetStringLength());
      const Value& v = m.value;
      if (k == "source") source = as_uint(v, k), has_source = true;
      else if (k == "target") target = as_uint(v, k), has_target = true;
      else if (k == "relation") label.relation = Symbol(as_string(v, k));
      else if (k == "negated") label.negated = as_bool(v, k);
      else if (k == "modality") label.modality = Symbol(as_string(v, k));
      else if (k == "event_class") label.event_class = Symbol(as_string(v, k));
      else if (k == "quad_class") label.quad_class = Symbol(as_string(v, k));
      else if (k == "count") count = &v;
      else if (k == "surface") surface = &v;
      else if (k == "evidence") evidence = &v;
      else field_error(std::string(k), "is not a known field");
    }
    if (!has_source) field_error("source", "is missing");
    if (!has_target) field_error("target", "is missing");
    if (source >= vertices_.size()) field_error("source", "is not a vertex index (there are " + std::to_string(vertices_.size()) + " vertices)");
    if (target >= vertices_.size()) field_error("target", "is not a vertex index (there are " + std::to_string(vertices_.size()) + " vertices)");
    if (label.relation.empty()) field_error("relation", "is missing or empty");
    Vertex s = vertices_[source], t = vertices_[target];
    const std::size_t edges_before = g_.edge_count();
    Edge e = g_.ensure_edge(s, t, label);
    if (g_.edge_count() == edges_before)
      field_error("relation", "repeats an edge with the same source, target, relation, negated and modality");
    if (evidence) {
      if (!evidence->IsArray()) field_error("evidence", "must be an array");
      std::size_t i = 0;
      for (const Value& x : evidence->GetArray()) read_evidence(e, x, i++);
    }
    if (count && (!count->IsUint() || count->GetUint() != g_[e].count()))
      field_error("count", "does not match the " + std::to_string(g_[e].count()) + " evidence items");
    if (surface && !(counts_field(doc_, "surface", "surface") == g_[e].surface))
      field_error("surface", "does not match the relation texts of the evidence");
  }

  static Symbol like(std::string_view s, Symbol hint) { return s == hint.view() ? hint : Symbol(s); }

  void read_evidence(Edge e, const Value& x, std::size_t index) {
    const ActorVertex& source = g_[boost::source(e, g_.graph())];
    const ActorVertex& dest = g_[boost::target(e, g_.graph())];
    const Symbol relation = g_[e].relation;
    auto path = [&](std::string_view field) {
      return "evidence[" + std::to_string(index) + "]" + (field.empty() ? "" : ".") + std::string(field);
    };
    if (!x.IsObject()) field_error(path(""), "must be an object");
    Evidence ev;
    bool has_doc = false, has_sentence = false;
    for (const auto& m : x.GetObject()) {
      std::string_view k(m.name.GetString(), m.name.GetStringLength());
      const Value& v = m.value;
      // Paths are only built when something is wrong.
      auto check = [&](bool ok, const char* what) {
        if (!ok) field_error(path(k), what);
      };
      if (k == "doc") check(v.IsString(), "must be a string"), ev.doc = last_doc_ = like(as_string(v, k), last_doc_), has_doc = true;
      else if (k == "sentence") check(v.IsUint(), "must be a non-negative integer below 2^32"), ev.sentence = v.GetUint(), has_sentence = true;
      else if (k == "sentence_span") ev.sentence_span = span_of(v, path, k);
      else if (k == "subject_span") ev.subject_span = span_of(v, path, k);
      else if (k == "relation_span") ev.relation_span = span_of(v, path, k);
      else if (k == "object_span") ev.object_span = span_of(v, path, k);
      else if (k == "confidence") {
        check(v.IsNumber() && v.GetDouble() >= 0.0 && v.GetDouble() <= 1.0, "must be a number between 0 and 1");
        ev.confidence = v.GetDouble();
      } else {
        Symbol* target = k == "text"            ? &ev.text
                         : k == "attribution"   ? &ev.attribution
                         : k == "subject_text"  ? &ev.subject_text
                         : k == "object_text"   ? &ev.object_text
                         : k == "relation_text" ? &ev.relation_text
                         : k == "subject_type"  ? &ev.subject_type
                         : k == "object_type"   ? &ev.object_type
                                                : nullptr;
        if (!target) field_error(path(k), "is not a known field");
        check(v.IsString(), "must be a string");
        // Evidence mostly repeats what the edge already holds: its ends' ids
        // and types, its relation. Comparing with those is much cheaper than
        // interning (a hash-table probe that misses the cache).
        Symbol hint = target == &ev.subject_text   ? source.id
                      : target == &ev.object_text  ? dest.id
                      : target == &ev.relation_text ? relation
                      : target == &ev.subject_type ? source.type
                      : target == &ev.object_type  ? dest.type
                                                   : Symbol();
        *target = like(std::string_view(v.GetString(), v.GetStringLength()), hint);
      }
    }
    if (!has_doc) field_error(path("doc"), "is missing");
    if (!has_sentence) field_error(path("sentence"), "is missing");
    if (!g_.add_evidence(e, ev)) field_error(path("doc"), "repeats evidence already on this edge (same place)");
  }
  template <class PathFn>
  extract::Span span_of(const Value& v, PathFn& path, std::string_view k) {
    if (!v.IsArray() || v.Size() != 2 || !v[0].IsUint() || !v[1].IsUint())
      field_error(path(k), "must be [start, end] byte offsets");
    extract::Span s{v[0].GetUint(), v[1].GetUint()};
    if (s.end < s.start) field_error(path(k), "ends before it starts");
    return s;
  }

  void check_totals() {
    for (DeclaredVertex& d : declared_) {
      element_at_ = d.offset;
      element_array_ = &kVertices;
      element_index_ = d.index;
      const ActorVertex& a = g_[d.v];
      const char* what = " does not match the evidence on its edges";
      if (a.mentions != d.mentions) field_error("mentions", std::to_string(d.mentions) + what + " (" + std::to_string(a.mentions) + ")");
      if (!(a.aliases == d.aliases)) field_error("aliases", what);
      if (!(a.documents == d.documents)) field_error("documents", what);
      if (!(a.types == d.types)) field_error("types", what);
      if (a.type != d.type) field_error("type", "is not the most frequent of 'types'");
    }
    element_array_ = nullptr;
    std::size_t end = s_.Tell();
    if (has_vertex_count_ && declared_vertices_ != g_.vertex_count())
      fail(end, "field 'vertex_count' says " + std::to_string(declared_vertices_) + " but the file has " + std::to_string(g_.vertex_count()));
    if (has_edge_count_ && declared_edges_ != g_.edge_count())
      fail(end, "field 'edge_count' says " + std::to_string(declared_edges_) + " but the file has " + std::to_string(g_.edge_count()));
    if (has_evidence_count_ && declared_evidence_ != g_.evidence_count())
      fail(end, "field 'evidence_count' says " + std::to_string(declared_evidence_) + " but the file has " + std::to_string(g_.evidence_count()));
  }

  Stream& s_;
  std::string source_;
  // Element values are parsed into this buffer: reused, unlike the pool's
  // own chunks, which Clear() frees and the next parse mallocs again
  // (64 KiB per element, fresh pages each time).
  std::vector<char> pool_buffer_ = std::vector<char>(256 * 1024);
  rapidjson::MemoryPoolAllocator<> pool_;
  rapidjson::Document doc_;
  KnowledgeGraph g_;
  std::vector<Vertex> vertices_;  // file index -> vertex
  Symbol last_doc_;
  std::vector<DeclaredVertex> declared_;
  // The element being read ("vertices[12]"), spelled out only in errors.
  std::size_t element_at_ = 0;
  const std::string* element_array_ = nullptr;
  std::size_t element_index_ = 0;
  std::string element() const {
    return element_array_ ? *element_array_ + "[" + std::to_string(element_index_) + "]" : std::string();
  }
  bool seen_format_ = false, seen_version_ = false, seen_vertices_ = false, seen_edges_ = false;
  bool has_vertex_count_ = false, has_edge_count_ = false, has_evidence_count_ = false;
  std::size_t declared_vertices_ = 0, declared_edges_ = 0, declared_evidence_ = 0;
};

}  // namespace

KnowledgeGraph load_graph(const std::filesystem::path& path) {
  const std::string name = path.string();
  const bool stdin_input = name == "-";
  std::FILE* f = stdin_input ? stdin : std::fopen(name.c_str(), "rb");
  if (!f) throw Error(name + ": cannot open: " + errno_text(errno));
  if (!stdin_input && std::filesystem::is_directory(path)) {
    std::fclose(f);
    throw Error(name + ": is a directory, not a file");
  }
  std::vector<char> buf(1 << 16);
  rapidjson::FileReadStream s(f, buf.data(), buf.size());
  try {
    KnowledgeGraph g = GraphReader<rapidjson::FileReadStream>(s, stdin_input ? "<stdin>" : name).read();
    if (std::ferror(f)) throw Error(name + ": read failed");
    if (!stdin_input) std::fclose(f);
    return g;
  } catch (...) {
    if (!stdin_input) std::fclose(f);
    throw;
  }
}

KnowledgeGraph parse_graph(std::string_view json, std::string_view source) {
  rapidjson::MemoryStream s(json.data(), json.size());
  return GraphReader<rapidjson::MemoryStream>(s, std::string(source)).read();
}

}  // namespace kg::graph
