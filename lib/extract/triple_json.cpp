#include <ostream>

#include <rapidjson/document.h>
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

struct Reader {
  std::string_view source;
  std::size_t line;
  [[noreturn]] void fail(const std::string& what) const { throw Error(at_line(source, line, what)); }

  const rapidjson::Value* member(const rapidjson::Value& obj, const char* key, const char* path) const {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return nullptr;
    (void)path;
    return &it->value;
  }
  std::string str(const rapidjson::Value& obj, const char* key, const std::string& path, bool required) const {
    const rapidjson::Value* v = member(obj, key, path.c_str());
    if (!v) {
      if (required) fail("missing field '" + path + "'");
      return {};
    }
    if (!v->IsString()) fail("field '" + path + "' must be a string");
    return std::string(v->GetString(), v->GetStringLength());
  }
  std::uint32_t uint(const rapidjson::Value& obj, const char* key, const std::string& path) const {
    const rapidjson::Value* v = member(obj, key, path.c_str());
    if (!v) return 0;
    if (!v->IsUint()) fail("field '" + path + "' must be a non-negative integer below 2^32");
    return v->GetUint();
  }
  Span span(const rapidjson::Value& obj, const std::string& path) const {
    Span s{uint(obj, "start", path + ".start"), uint(obj, "end", path + ".end")};
    if (s.end < s.start) fail("field '" + path + ".end' is before '" + path + ".start'");
    return s;
  }
  Argument arg(const rapidjson::Value& root, const char* key) const {
    const rapidjson::Value* v = member(root, key, key);
    if (!v) fail(std::string("missing field '") + key + "'");
    if (!v->IsObject()) fail(std::string("field '") + key + "' must be an object");
    Argument a;
    std::string p = key;
    a.text = str(*v, "text", p + ".text", true);
    a.id = str(*v, "id", p + ".id", false);
    a.type = str(*v, "type", p + ".type", false);
    a.kind = str(*v, "kind", p + ".kind", false);
    if (a.kind.empty()) a.kind = a.id.empty() ? "thing" : "actor";
    if (a.kind != "actor" && a.kind != "thing") fail("field '" + p + ".kind' must be \"actor\" or \"thing\"");
    a.span = span(*v, p);
    return a;
  }
};

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

Triple parse_triple_json(std::string_view line, std::string_view source, std::size_t line_no) {
  Reader r{source, line_no};
  rapidjson::Document d;
  // Iterative: the recursive parser overflows the stack on deeply nested lines.
  d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
  if (d.HasParseError())
    r.fail("invalid JSON at column " + std::to_string(d.GetErrorOffset() + 1) + ": " +
           rapidjson::GetParseError_En(d.GetParseError()));
  if (!d.IsObject()) r.fail("a triple must be a JSON object");
  Triple t;
  t.doc = r.str(d, "doc", "doc", true);
  t.sentence = r.uint(d, "sentence", "sentence");
  t.sentence_span = r.span(d, "");
  t.sentence_text = r.str(d, "sentence_text", "sentence_text", false);
  t.subject = r.arg(d, "subject");
  t.object = r.arg(d, "object");
  const rapidjson::Value* rel = r.member(d, "relation", "relation");
  if (!rel) r.fail("missing field 'relation'");
  if (!rel->IsObject()) r.fail("field 'relation' must be an object");
  t.relation.text = r.str(*rel, "text", "relation.text", false);
  t.relation.lemma = r.str(*rel, "lemma", "relation.lemma", false);
  if (t.relation.text.empty() && t.relation.lemma.empty()) r.fail("missing field 'relation.text' (or 'relation.lemma')");
  if (t.relation.text.empty()) t.relation.text = t.relation.lemma;
  if (t.relation.lemma.empty()) t.relation.lemma = t.relation.text;
  t.relation.span = r.span(*rel, "relation");
  if (const rapidjson::Value* v = r.member(d, "negated", "negated")) {
    if (!v->IsBool()) r.fail("field 'negated' must be true or false");
    t.negated = v->GetBool();
  }
  t.modality = r.str(d, "modality", "modality", false);
  t.attribution = r.str(d, "attribution", "attribution", false);
  t.event_class = r.str(d, "event_class", "event_class", false);
  t.quad_class = r.str(d, "quad_class", "quad_class", false);
  if (const rapidjson::Value* v = r.member(d, "confidence", "confidence")) {
    if (!v->IsNumber()) r.fail("field 'confidence' must be a number");
    t.confidence = v->GetDouble();
    if (!(t.confidence >= 0.0 && t.confidence <= 1.0)) r.fail("field 'confidence' must be between 0 and 1");
  } else {
    t.confidence = 1.0;
  }
  return t;
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
