#include <sstream>

#include "kg/base/error.h"
#include "kg/nlp/conllu.h"
#include "kg/base/model_file.h"
#include "test_support.h"

using namespace kg::nlp;
using kg::ModelReader;
using kg::ModelWriter;

TEST_CASE("conllu: words, multiword tokens and comments round trip") {
  const char* text =
      "# sent_id = s1\n# text = I don't know.\n"
      "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
      "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
      "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
      "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
      "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
  auto s = parse_conllu(text, "t.conllu");
  REQUIRE(s.size() == 1);
  CHECK(s[0].id == "s1");
  CHECK(s[0].text == "I don't know.");
  CHECK(s[0].words.size() == 5);
  CHECK(s[0].mwts.size() == 1);
  CHECK(s[0].words[3].head == 0);
  CHECK(misc_value(s[0].words[3].misc, "SpaceAfter") == "No");
  std::ostringstream out;
  write_conllu(out, s[0]);
  CHECK(out.str() == text);
}

TEST_CASE("conllu: malformed rows name the line") {
  try {
    parse_conllu("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n3\tx\tx\tX\tX\t_\t1\tdep\t_\t_\n", "bad.conllu");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("bad.conllu: line 2") != std::string::npos);
  }
  CHECK_THROWS_AS(parse_conllu("1\tI\tI\n", "x"), kg::Error);
  CHECK_THROWS_AS(parse_conllu("1\tI\tI\tPRON\tPRP\t_\t7\troot\t_\t_\n", "x"), kg::Error);
}

TEST_CASE("model file: round trip, truncation and wrong kind") {
  ModelWriter w("tagger", {{"seed", "1"}});
  w.u32(7);
  w.str("hello");
  w.array(std::vector<float>{1.5f, 2.5f});
  ModelReader r(w.data(), "m.bin", "tagger");
  CHECK(r.header().at("seed") == "1");
  CHECK(r.u32("n") == 7);
  CHECK(r.str("s") == "hello");
  CHECK(r.array<float>("w") == std::vector<float>{1.5f, 2.5f});
  r.expect_end();
  CHECK_THROWS_AS(ModelReader(w.data(), "m.bin", "parser"), kg::Error);
  ModelReader t(w.data().substr(0, w.data().size() - 3), "m.bin", "tagger");
  t.u32("n");
  t.str("s");
  try {
    t.array<float>("weights");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("weights") != std::string::npos);
  }
  CHECK_THROWS_AS(ModelReader("garbage!garbage!", "m.bin", "tagger"), kg::Error);
}
