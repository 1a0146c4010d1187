#include "kg/base/error.h"
#include "kg/extract/triple.h"
#include "test_support.h"

using namespace kg::extract;

TEST_CASE("triple json: round trip") {
  Triple t;
  t.doc = "000";
  t.sentence = 4;
  t.sentence_span = {812, 955};
  t.subject = {"he", "Mike Pence", "PERSON", "actor", {820, 822}};
  t.relation = {"avoided shaking hands with", "avoid shake hand with", {830, 856}};
  t.object = {"Kim \"Yo\" Jong\n", "Kim Yo Jong", "PERSON", "actor", {857, 868}};
  t.negated = true;
  t.confidence = 0.71;
  Triple u = parse_triple_json(to_json(t), "x", 1);
  CHECK(u.doc == t.doc);
  CHECK(u.sentence == 4);
  CHECK(u.sentence_span.end == 955);
  CHECK(u.object.text == t.object.text);
  CHECK(u.relation.lemma == t.relation.lemma);
  CHECK(u.negated);
  CHECK(u.confidence == doctest::Approx(0.71));
}

TEST_CASE("triple json: errors name line and field") {
  auto msg = [](const char* line) {
    try {
      read_triples_jsonl(std::string("\n") + line, "t.jsonl");
    } catch (const kg::Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(msg("{\"doc\":\"a\"}").find("t.jsonl: line 2: missing field 'subject'") == 0);
  CHECK(msg("{\"doc\":\"a\"").find("t.jsonl: line 2: invalid JSON") == 0);
  CHECK(msg("{\"doc\":\"a\",\"subject\":{\"text\":\"x\"},\"object\":{\"text\":\"y\"},\"relation\":{\"text\":\"r\"},"
            "\"confidence\":2}")
            .find("confidence") != std::string::npos);
  CHECK(msg("[1] x").find("invalid JSON") != std::string::npos);
}
