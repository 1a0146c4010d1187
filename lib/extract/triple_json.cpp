#include <cstdint>
#include <ostream>

#include <rapidjson/reader.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "kg/base/error.h"
#include "kg/extract/triple.h"

namespace kg::extract {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& w, const char* key, std::string_view v) {
  w.Key(key);
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}
void put_span(Writer& w, const Span& s) {
  w.Key("start");
  w.Uint(s.start);
  w.Key("end");
  w.Uint(s.end);
}
void put_arg(Writer& w, const char* key, const Argument& a) {
  w.Key(key);
  w.StartObject();
  put(w, "text", a.text);
  put(w, "id", a.id);
  put(w, "type", a.type);
  put(w, "kind", a.kind);
  put_span(w, a.span);
  w.EndObject();
}

// One JSON value the SAX handler kept for a field we know. Null counts as
// absent, as in the seeds' format; the first occurrence of a repeated key wins.
struct Field {
  enum Kind : std::uint8_t { absent, null, string, uint, number, boolean, object, other };
  Kind kind = absent;
  std::string_view s;
  std::uint32_t u = 0;
  double d = 0.0;
  bool b = false;
  bool present() const { return kind != absent && kind != null; }
};

enum Top { kDoc, kSentence, kStart, kEnd, kSentenceText, kSubject, kRelation, kObject, kNegated, kModality,
           kAttribution, kEventClass, kQuadClass, kConfidence, kTopCount };
enum Inner { kText, kId, kType, kKind, kLemma, kInnerStart, kInnerEnd, kInnerCount };

// Keys are told apart by length and a character or two before one full
// compare: a linear scan of the names was the parser's largest cost.
int top_slot(std::string_view k) {
  auto is = [&](std::string_view name, int slot) { return k == name ? slot : -1; };
  switch (k.size()) {
    case 3: return k[0] == 'd' ? is("doc", kDoc) : is("end", kEnd);
    case 5: return is("start", kStart);
    case 6: return is("object", kObject);
    case 7: return k[0] == 's' ? is("subject", kSubject) : is("negated", kNegated);
    case 8: return k[0] == 's' ? is("sentence", kSentence) : k[0] == 'r' ? is("relation", kRelation) : is("modality", kModality);
    case 10: return k[0] == 'q' ? is("quad_class", kQuadClass) : is("confidence", kConfidence);
    case 11: return k[0] == 'a' ? is("attribution", kAttribution) : is("event_class", kEventClass);
    case 13: return is("sentence_text", kSentenceText);
    default: return -1;
  }
}
int inner_slot(std::string_view k) {
  auto is = [&](std::string_view name, int slot) { return k == name ? slot : -1; };
  switch (k.size()) {
    case 2: return is("id", kId);
    case 3: return is("end", kInnerEnd);
    case 4: return k[0] == 't' ? (k[1] == 'e' ? is("text", kText) : is("type", kType)) : is("kind", kKind);
    case 5: return k[0] == 'l' ? is("lemma", kLemma) : is("start", kInnerStart);
    default: return -1;
  }
}

// Collects the fields of one triple as RapidJSON reads it: known keys at the
// top and inside subject/relation/object, everything else skipped.
struct Collector : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Collector> {
  Field top[kTopCount];
  Field inner[3][kInnerCount];  // subject, relation, object
  bool root_object = false;
  int depth = 0;
  int group = -1;            // which of inner[] the depth-2 object fills, -1 = none
  Field* pending = nullptr;  // the field the next value belongs to

  bool value(Field::Kind kind, std::string_view s = {}, std::uint32_t u = 0, double d = 0, bool b = false) {
    if (depth == 0) return true;  // a scalar root: not an object
    if (pending && pending->kind == Field::absent) *pending = Field{kind, s, u, d, b};
    pending = nullptr;
    return true;
  }
  bool Null() { return value(Field::null); }
  bool Bool(bool b) { return value(Field::boolean, {}, 0, 0, b); }
  bool Int(int i) { return value(Field::number, {}, 0, i); }
  bool Uint(unsigned u) { return value(Field::uint, {}, u, u); }
  bool Int64(std::int64_t i) { return value(Field::number, {}, 0, static_cast<double>(i)); }
  bool Uint64(std::uint64_t u) { return value(Field::number, {}, 0, static_cast<double>(u)); }
  bool Double(double d) { return value(Field::number, {}, 0, d); }
  bool String(const char* str, rapidjson::SizeType len, bool) { return value(Field::string, {str, len}); }
  bool StartObject() {
    if (depth == 0) {
      root_object = true;
    } else if (pending && pending->kind == Field::absent) {
      pending->kind = Field::object;
      if (depth == 1 && (pending == &top[kSubject] || pending == &top[kRelation] || pending == &top[kObject]))
        group = pending == &top[kSubject] ? 0 : pending == &top[kRelation] ? 1 : 2;
    }
    pending = nullptr;
    ++depth;
    return true;
  }
  bool StartArray() {
    if (depth > 0 && pending && pending->kind == Field::absent) pending->kind = Field::other;
    pending = nullptr;
    ++depth;
    return true;
  }
  bool Key(const char* str, rapidjson::SizeType len, bool) {
    std::string_view k(str, len);
    pending = nullptr;
    if (depth == 1) {
      int i = top_slot(k);
      if (i >= 0) pending = &top[i];
    } else if (depth == 2 && group >= 0) {
      int i = inner_slot(k);
      if (i >= 0) pending = &inner[group][i];
    }
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    if (--depth == 1) group = -1;
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    --depth;
    return true;
  }
};

// Checks the collected fields, in the order (and with the messages) users
// see for the first problem on a line. Field paths are "object.field"; they
// are only spelled out when something is wrong, so a good line allocates nothing.
struct Checker {
  std::string_view source;
  std::size_t line;
  [[noreturn]] void fail(const std::string& what) const { throw Error(at_line(source, line, what)); }
  std::string_view str(const Field& f, std::string_view object, std::string_view field, bool required) const {
    if (!f.present()) {
      if (required) fail("missing field '" + full(object, field) + "'");
      return {};
    }
    if (f.kind != Field::string) fail("field '" + full(object, field) + "' must be a string");
    return f.s;
  }
  std::uint32_t uint(const Field& f, std::string_view object, std::string_view field) const {
    if (!f.present()) return 0;
    if (f.kind != Field::uint) fail("field '" + full(object, field) + "' must be a non-negative integer below 2^32");
    return f.u;
  }
  // "start"/"end" at the top level are named ".start"/".end", as they always were.
  Span span(const Field& start, const Field& end, std::string_view object) const {
    Span s{uint(start, object, object.empty() ? ".start" : "start"), uint(end, object, object.empty() ? ".end" : "end")};
    if (s.end < s.start)
      fail("field '" + std::string(object) + ".end' is before '" + std::string(object) + ".start'");
    return s;
  }
  void object(const Field& f, const char* key) const {
    if (!f.present()) fail(std::string("missing field '") + key + "'");
    if (f.kind != Field::object) fail(std::string("field '") + key + "' must be an object");
  }
  ArgumentView arg(const Field& f, const Field* in, const char* key) const {
    object(f, key);
    ArgumentView a;
    a.text = str(in[kText], key, "text", true);
    a.id = str(in[kId], key, "id", false);
    a.type = str(in[kType], key, "type", false);
    a.kind = str(in[kKind], key, "kind", false);
    if (a.kind.empty()) a.kind = a.id.empty() ? "thing" : "actor";
    if (a.kind != "actor" && a.kind != "thing")
      fail("field '" + full(key, "kind") + "' must be \"actor\" or \"thing\"");
    a.span = span(in[kInnerStart], in[kInnerEnd], key);
    return a;
  }

 private:
  static std::string full(std::string_view object, std::string_view field) {
    if (object.empty()) return std::string(field);
    return std::string(object) + "." + std::string(field);
  }
};

std::string own(std::string_view v) { return std::string(v); }
Argument own(const ArgumentView& a) { return {own(a.text), own(a.id), own(a.type), own(a.kind), a.span}; }

}  // namespace

std::string to_json(const Triple& t) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  put(w, "doc", t.doc);
  w.Key("sentence");
  w.Uint(t.sentence);
  put_span(w, t.sentence_span);
  if (!t.sentence_text.empty()) put(w, "sentence_text", t.sentence_text);
  put_arg(w, "subject", t.subject);
  w.Key("relation");
  w.StartObject();
  put(w, "text", t.relation.text);
  put(w, "lemma", t.relation.lemma);
  put_span(w, t.relation.span);
  w.EndObject();
  put_arg(w, "object", t.object);
  w.Key("negated");
  w.Bool(t.negated);
  put(w, "modality", t.modality);
  put(w, "attribution", t.attribution);
  put(w, "event_class", t.event_class);
  put(w, "quad_class", t.quad_class);
  w.Key("confidence");
  w.Double(static_cast<double>(static_cast<long long>(t.confidence * 1000 + 0.5)) / 1000.0);
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize());
}

void write_jsonl(std::ostream& out, const Triple& t) { out << to_json(t) << '\n'; }

TripleView parse_triple_json_in_place(char* line, std::size_t size, std::string_view source, std::size_t line_no) {
  Checker r{source, line_no};
  Collector c;
  const char saved = line[size];
  line[size] = '\0';  // the in-situ stream ends at NUL
  rapidjson::InsituStringStream in(line);
  rapidjson::Reader reader;
  // Iterative: the recursive parser overflows the stack on deeply nested lines.
  rapidjson::ParseResult ok = reader.Parse<rapidjson::kParseInsituFlag | rapidjson::kParseIterativeFlag>(in, c);
  line[size] = saved;
  if (!ok)
    r.fail("invalid JSON at column " + std::to_string(ok.Offset() + 1) + ": " + rapidjson::GetParseError_En(ok.Code()));
  if (!c.root_object) r.fail("a triple must be a JSON object");
  TripleView t;
  const Field* f = c.top;
  t.doc = r.str(f[kDoc], "", "doc", true);
  t.sentence = r.uint(f[kSentence], "", "sentence");
  t.sentence_span = r.span(f[kStart], f[kEnd], "");
  t.sentence_text = r.str(f[kSentenceText], "", "sentence_text", false);
  t.subject = r.arg(f[kSubject], c.inner[0], "subject");
  t.object = r.arg(f[kObject], c.inner[2], "object");
  r.object(f[kRelation], "relation");
  const Field* rel = c.inner[1];
  t.relation.text = r.str(rel[kText], "relation", "text", false);
  t.relation.lemma = r.str(rel[kLemma], "relation", "lemma", false);
  if (t.relation.text.empty() && t.relation.lemma.empty()) r.fail("missing field 'relation.text' (or 'relation.lemma')");
  if (t.relation.text.empty()) t.relation.text = t.relation.lemma;
  if (t.relation.lemma.empty()) t.relation.lemma = t.relation.text;
  t.relation.span = r.span(rel[kInnerStart], rel[kInnerEnd], "relation");
  if (f[kNegated].present()) {
    if (f[kNegated].kind != Field::boolean) r.fail("field 'negated' must be true or false");
    t.negated = f[kNegated].b;
  }
  t.modality = r.str(f[kModality], "", "modality", false);
  t.attribution = r.str(f[kAttribution], "", "attribution", false);
  t.event_class = r.str(f[kEventClass], "", "event_class", false);
  t.quad_class = r.str(f[kQuadClass], "", "quad_class", false);
  if (f[kConfidence].present()) {
    if (f[kConfidence].kind != Field::number && f[kConfidence].kind != Field::uint)
      r.fail("field 'confidence' must be a number");
    t.confidence = f[kConfidence].d;
    if (!(t.confidence >= 0.0 && t.confidence <= 1.0)) r.fail("field 'confidence' must be between 0 and 1");
  } else {
    t.confidence = 1.0;
  }
  return t;
}

Triple to_triple(const TripleView& v) {
  Triple t;
  t.doc = own(v.doc);
  t.sentence = v.sentence;
  t.sentence_span = v.sentence_span;
  t.sentence_text = own(v.sentence_text);
  t.subject = own(v.subject);
  t.relation = {own(v.relation.text), own(v.relation.lemma), v.relation.span};
  t.object = own(v.object);
  t.negated = v.negated;
  t.modality = own(v.modality);
  t.attribution = own(v.attribution);
  t.event_class = own(v.event_class);
  t.quad_class = own(v.quad_class);
  t.confidence = v.confidence;
  return t;
}

Triple parse_triple_json(std::string_view line, std::string_view source, std::size_t line_no) {
  std::string copy(line);  // parsed in place; copy[size()] is the writable NUL
  return to_triple(parse_triple_json_in_place(copy.data(), copy.size(), source, line_no));
}

std::vector<Triple> read_triples_jsonl(std::string_view data, std::string_view source) {
  std::vector<Triple> out;
  std::size_t pos = 0, line_no = 0;
  while (pos < data.size()) {
    std::size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    std::size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) continue;
    out.push_back(parse_triple_json(line, source, line_no));
  }
  return out;
}

}  // namespace kg::extract
