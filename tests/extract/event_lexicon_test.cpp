#include <string>

#include "kg/base/error.h"
#include "kg/extract/event_lexicon.h"
#include "kg/extract/extractor.h"
#include "kg/extract/nominal_lexicon.h"
#include "test_support.h"

using kg::extract::EventLexicon;

namespace {

std::string error_of(const std::string& data) {
  try {
    EventLexicon lex;
    lex.add(data, "user.tsv");
  } catch (const kg::Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("event lexicon: governing verb first, longest entry at a position") {
  EventLexicon lex;
  lex.add("# test\naccuse\taccuse\ncall\tconsult\ncall off\treject\nrefuse\treject\nstand\tsupport\n"
          "threaten\tthreaten\nstrike\tassault\n",
          "t.tsv");
  CHECK(lex.classify("accuse of").name == "accuse");
  CHECK(lex.classify("accuse of").quad == "verbal conflict");
  CHECK(lex.classify("call off").name == "reject");
  CHECK(lex.classify("call").name == "consult");
  CHECK(lex.classify("refuse to stand up for").name == "reject");
  CHECK(lex.classify("threaten to strike").name == "threaten");
  CHECK(lex.classify("eat").name == "other");
  CHECK(lex.classify("eat").quad.empty());
}

TEST_CASE("event lexicon: user file overrides the default") {
  EventLexicon lex;
  lex.add("praise\tsupport\n", "default.tsv");
  lex.add("praise\tagree\n", "user.tsv");
  CHECK(lex.classify("praise").name == "agree");
  CHECK(EventLexicon::quad_class("assault") == "material conflict");
  CHECK(EventLexicon::quad_class("aid") == "material cooperation");
}

TEST_CASE("event lexicon: errors name the file and the line") {
  CHECK(error_of("accuse\taccuse\nbomb\tattackk\n").find("user.tsv: line 2: unknown event class 'attackk'") == 0);
  CHECK(error_of("\n\naccuse accuse\n").find("user.tsv: line 3: expected 2 tab-separated columns") == 0);
  CHECK(error_of("x\taccuse\nx\treject\n").find("user.tsv: line 2: 'x' is already listed on line 1") == 0);
  CHECK(error_of("\taccuse\n").find("user.tsv: line 1: column 1 is empty") == 0);
  CHECK(error_of("a\xff\taccuse\n").find("user.tsv: line 1: invalid UTF-8") == 0);
}

TEST_CASE("event lexicon: the shipped files load") {
  auto dir = kg::extract::default_data_dir();
  auto lex = EventLexicon::load(dir / "lexicon" / "events.tsv");
  CHECK(lex.size() > 100);
  CHECK(lex.classify("accuse").name == "accuse");
  CHECK(lex.classify("call off").name == "reject");
  CHECK(lex.classify("impose sanction on").name == "sanction");
  auto nom = kg::extract::NominalLexicon::load(dir / "lexicon" / "nominal_events.tsv");
  CHECK(nom.verb_phrase("summit") == "hold summit");
  CHECK(nom.verb_phrase("banana").empty());
}

TEST_CASE("nominal lexicon: errors name the file and the line") {
  try {
    kg::extract::NominalLexicon::parse("summit\thold summit\nsummit\tmeet\n", "n.tsv");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("n.tsv: line 2:") == 0);
  }
}
