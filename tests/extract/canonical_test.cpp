// Canonical names across documents, the gazetteer and user alias files.
#include <doctest/doctest.h>

#include <sstream>

#include "extract/coref_test_util.h"
#include "kg/base/error.h"
#include "kg/extract/canonical.h"
#include "kg/extract/coref.h"
#include "test_support.h"

using kg::extract::Canonicalizer;

namespace {
Canonicalizer gazetteer() { return Canonicalizer::load(kg::test::source_dir() / "data"); }

std::string error_of(const std::string& tsv) {
  Canonicalizer c;
  try {
    c.add_aliases_tsv(tsv, "user.tsv");
  } catch (const kg::Error& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("canonical: spelling and word-order variants share a key") {
  CHECK(Canonicalizer::name_key("Moon Jae-in") == Canonicalizer::name_key("Jae-in Moon"));
  CHECK(Canonicalizer::name_key("Moon Jae-in") == Canonicalizer::name_key("MOON Jae In"));
  CHECK(Canonicalizer::name_key("Kim Jong-un") == Canonicalizer::name_key("Kim Jong Un"));
  CHECK(Canonicalizer::name_key("Kim Jong Un") != Canonicalizer::name_key("Kim Yo Jong"));
  CHECK(Canonicalizer::name_key("U.S.") == Canonicalizer::name_key("US"));
}

TEST_CASE("canonical: titles, possessors and determiners are stripped") {
  CHECK(Canonicalizer::strip_name("President Donald Trump") == "Donald Trump");
  CHECK(Canonicalizer::strip_name("U.S. Vice President Mike Pence") == "Mike Pence");
  CHECK(Canonicalizer::strip_name("South Korea's Moon Jae-in") == "Moon Jae-in");
  CHECK(Canonicalizer::strip_name("South Korea\xE2\x80\x99s Jae-in Moon") == "Jae-in Moon");
  CHECK(Canonicalizer::strip_name("Secretary of State Rex Tillerson") == "Rex Tillerson");
  CHECK(Canonicalizer::strip_name("the U.S.'s") == "U.S.");
  CHECK(Canonicalizer::strip_name("Mr. Kim") == "Kim");
  CHECK(Canonicalizer::strip_name("President") == "President");  // nothing left to keep otherwise
}

TEST_CASE("canonical: country names and aliases from the gazetteer") {
  const Canonicalizer c = gazetteer();
  for (const char* s : {"U.S.", "the United States", "America", "USA", "the US"}) {
    auto a = c.lookup(s);
    REQUIRE_MESSAGE(a, s);
    CHECK(a->id == "United States");
    CHECK(a->type == "GPE");
  }
  CHECK(c.lookup("DPRK")->id == "North Korea");
  CHECK(c.state_of_capital("Seoul")->id == "South Korea");
  CHECK(c.state_of_capital("the Kremlin")->id == "Russia");
  CHECK(c.state_of_demonym("North Korean")->id == "North Korea");
  CHECK(c.state_of_short_form("the North")->id == "North Korea");
  CHECK_FALSE(c.lookup("Mike Pence"));
}

TEST_CASE("canonical: across documents the fullest name wins, ambiguous short names stay") {
  Canonicalizer c;
  c.observe("Donald Trump", "PERSON", "President Donald Trump");
  c.observe("Kim Jong Un", "PERSON", "Kim Jong-un");
  c.observe("Kim Yo Jong", "PERSON", "Kim Yo Jong");
  c.observe("Jae-in Moon", "PERSON", "South Korea's Jae-in Moon");
  CHECK(c.canonical("Trump", "PERSON").id == "Donald Trump");
  CHECK(c.canonical("Kim Jong-un", "PERSON").id == "Kim Jong Un");
  CHECK(c.canonical("Moon Jae-in", "PERSON").id == "Jae-in Moon");
  CHECK(c.canonical("Kim", "PERSON").id == "Kim");  // two Kims: no global rule
  std::ostringstream out;
  c.write_aliases_tsv(out);
  CHECK(out.str().find("Kim Jong Un\tPERSON\tKim Jong-un") != std::string::npos);
}

TEST_CASE("canonical: a user alias file adds actors and overrides the gazetteer") {
  Canonicalizer c = gazetteer();
  c.add_aliases_tsv(
      "canonical\ttype\taliases\n"
      "# the user's names\n"
      "Kim Jong Un\tPERSON\tRocket Man|Kim Jong-un\n"
      "USA\tGPE\tU.S.|United States\n",
      "user.tsv");
  CHECK(c.lookup("Rocket Man")->id == "Kim Jong Un");
  CHECK(c.lookup("America")->id == "USA");  // the gazetteer's entry was taken over
  CHECK(c.lookup("U.S.")->id == "USA");
  // The resolver uses it: "Rocket Man" is Kim Jong Un.
  const auto s = kg::test::coref::spec_tree(
      "Rocket/PROPN/2/compound/B-PERSON Man/PROPN/3/nsubj/L-PERSON spoke/VERB/0/root/O ./PUNCT/3/punct/O");
  const auto d = kg::extract::DocumentEntities::resolve({s}, &c);
  REQUIRE(d.actor_at(0, 0, 1));
  CHECK(d.actor_at(0, 0, 1)->id == "Kim Jong Un");
  CHECK(d.actor_at(0, 0, 1)->text == "Rocket Man");
}

TEST_CASE("canonical: alias file errors name the line") {
  CHECK(error_of("Kim Jong Un\tPERSON\n\nBad line\n") ==
        "user.tsv: line 3: expected 3 tab-separated columns (canonical, type, aliases), found 1");
  CHECK(error_of("Kim Jong Un\tLEADER\tKim\n") ==
        "user.tsv: line 1: unknown type 'LEADER' (expected PERSON, ORG, GPE, LOC, NORP or GROUP)");
  CHECK(error_of("Kim Jong Un\tPERSON\tKim||Mr. Kim\n") ==
        "user.tsv: line 1: empty alias (check for '||' or a trailing '|')");
  CHECK(error_of("\tPERSON\tKim\n") == "user.tsv: line 1: empty canonical name");
  CHECK(error_of("Kim Jong Un\tPERSON\tKim\nKim Yo Jong\tPERSON\tKim\n") ==
        "user.tsv: line 2: alias 'Kim' already belongs to 'Kim Jong Un' (line 1)");
  Canonicalizer c;
  CHECK_THROWS_AS(c.add_alias_file("/nonexistent/aliases.tsv"), kg::Error);
}

TEST_CASE("canonical: triples from several documents get one name per actor") {
  auto triple = [](const char* doc, const char* id, const char* type, const char* text) {
    kg::extract::Triple t;
    t.doc = doc;
    t.subject = {text, id, type, "actor", {}};
    t.relation.text = "met";
    t.object = {"talks", "", "", "thing", {}};
    return t;
  };
  std::vector<kg::extract::Triple> ts = {
      triple("a", "Moon Jae-in", "PERSON", "Moon Jae-in"), triple("b", "Jae-in Moon", "PERSON", "Jae-in Moon"),
      triple("c", "Moon Jae-in", "PERSON", "Moon"),        triple("d", "Moon", "PERSON", "Moon"),
      triple("e", "United States", "GPE", "America"),
  };
  Canonicalizer c = gazetteer();
  kg::extract::canonicalize_triples(ts, c);
  for (const auto& t : ts) CHECK(t.subject.id == (t.doc == "e" ? "United States" : "Moon Jae-in"));
  CHECK(ts[0].object.id.empty());
}

TEST_CASE("canonical: organisations keep title-like words; portfolios go with the title") {
  CHECK(Canonicalizer::strip_name("U.N. General Assembly") == "U.N. General Assembly");
  CHECK(Canonicalizer::strip_name("Secretary of Homeland Security Kirstjen Nielsen") == "Kirstjen Nielsen");
  const Canonicalizer c = gazetteer();
  REQUIRE(c.lookup("U.N."));
  CHECK(c.lookup("U.N.")->id == "United Nations");
  CHECK(c.lookup("the Associated Press")->type == "ORG");
}
