// An actor–relation–argument triple with its provenance: the unit that
// extraction produces and the graph consumes. Its JSONL form (one object per
// line) is what `kg extract` prints and `kg build --triples` reads; the field
// names follow ../shared/eval/seeds/README.md, plus the extra fields below.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

struct Span {
  std::uint32_t start = 0, end = 0;  // byte offsets in the document text
  bool empty() const { return start == end; }
};

struct Argument {
  std::string text;  // the words as they stand in the sentence
  std::string id;    // canonical name (after coreference and alias merging); empty for things
  std::string type;  // PERSON, ORG, GPE, LOC, NORP, GROUP, ... or "" for things
  std::string kind;  // "actor" or "thing"
  Span span;
};

struct Relation {
  std::string text;   // surface predicate ("avoided shaking hands with")
  std::string lemma;  // normalised ("avoid shake hand with")
  Span span;          // from the first to the last relation word
};

struct Triple {
  std::string doc;
  std::uint32_t sentence = 0;  // sentence index in the document (0-based)
  Span sentence_span;          // "start"/"end" in JSON
  std::string sentence_text;   // optional in JSON ("sentence_text")
  Argument subject;
  Relation relation;
  Argument object;
  bool negated = false;
  std::string modality;     // "", "plan", "want", "could", ...
  std::string attribution;  // who said it ("" = the article itself)
  std::string event_class;  // PLOVER-style class, "other" when none
  std::string quad_class;   // "verbal cooperation", "material conflict", ... or ""
  double confidence = 0.0;  // in [0, 1]
};

// A triple as parsed, its strings pointing into the line it came from (see
// parse_triple_json_in_place): bulk loaders intern these directly instead of
// copying every field into a std::string first.
struct ArgumentView {
  std::string_view text, id, type, kind;
  Span span;
};
struct RelationView {
  std::string_view text, lemma;
  Span span;
};
struct TripleView {
  std::string_view doc;
  std::uint32_t sentence = 0;
  Span sentence_span;
  std::string_view sentence_text;
  ArgumentView subject;
  RelationView relation;
  ArgumentView object;
  bool negated = false;
  std::string_view modality, attribution, event_class, quad_class;
  double confidence = 0.0;
};
Triple to_triple(const TripleView& v);

// One JSON object, no trailing newline.
std::string to_json(const Triple& t);
void write_jsonl(std::ostream& out, const Triple& t);

// Parses one JSONL line. Throws kg::Error "SOURCE: line N: what" naming the
// missing or mistyped field. Required: doc, subject.text, relation.text (or
// relation.lemma), object.text. Everything else has a default.
Triple parse_triple_json(std::string_view line, std::string_view source, std::size_t line_no);

// The same checks, without copies: the line is parsed in place (escapes are
// decoded inside `line`, which is overwritten) and the views point into it.
// `line[size]` must be writable (a newline or the terminating NUL); it is
// restored before returning.
TripleView parse_triple_json_in_place(char* line, std::size_t size, std::string_view source, std::size_t line_no);

// Reads a whole JSONL file ("-" for stdin); blank lines are skipped.
std::vector<Triple> read_triples_jsonl(std::string_view data, std::string_view source);

}  // namespace kg::extract
