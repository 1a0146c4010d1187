// Names across a document: entity spans cleaned up, proper nouns the
// recogniser missed, one type per name, organisations, seats of government.
#include <doctest/doctest.h>

#include <set>

#include "extract/coref_test_util.h"
#include "kg/extract/canonical.h"
#include "kg/extract/coref.h"
#include "kg/extract/extractor.h"
#include "test_support.h"

using kg::extract::Canonicalizer;
using kg::extract::DocumentEntities;
using kg::test::coref::spec_tree;

namespace {

const Canonicalizer& gazetteer() {
  static const Canonicalizer c = Canonicalizer::load(kg::test::source_dir() / "data");
  return c;
}

std::string id_at(const DocumentEntities& d, std::size_t s, int first, int last) {
  auto r = d.actor_at(s, first, last);
  return r ? r->id : std::string("<none>");
}

std::string type_at(const DocumentEntities& d, std::size_t s, int first, int last) {
  auto r = d.actor_at(s, first, last);
  return r ? r->type : std::string("<none>");
}

}  // namespace

TEST_CASE("names: a name the text gives a person is a person wherever it stands") {
  const auto s1 = spec_tree(
      "Victor/PROPN/3/nsubj/B-PERSON Cha/PROPN/1/flat/L-PERSON spoke/VERB/0/root/O ./PUNCT/3/punct/O");
  const auto s2 = spec_tree("Cha/PROPN/2/nsubj/U-GPE left/VERB/0/root/O ./PUNCT/2/punct/O");
  const auto s3 = spec_tree(
      "Jae-in/PROPN/2/compound/B-GPE Moon/PROPN/3/nsubj/L-GPE met/VERB/0/root/O Cha/PROPN/3/obj/U-PERSON "
      "./PUNCT/3/punct/O");
  const auto s4 = spec_tree("Moon/PROPN/2/nsubj/U-PERSON smiled/VERB/0/root/O ./PUNCT/2/punct/O");
  const auto d = DocumentEntities::resolve({s1, s2, s3, s4}, &gazetteer());
  CHECK(id_at(d, 1, 0, 0) == "Victor Cha");
  CHECK(type_at(d, 1, 0, 0) == "PERSON");
  CHECK(type_at(d, 2, 0, 1) == "PERSON");       // "Jae-in Moon": "Moon" is a person in this text
  CHECK(id_at(d, 3, 0, 0) == "Jae-in Moon");    // and the short form joins the full name
  // A known place keeps its type even when a person shares a word of it.
  const auto p = spec_tree(
      "George/PROPN/3/nsubj/B-PERSON Washington/PROPN/1/flat/L-PERSON visited/VERB/0/root/O "
      "Washington/PROPN/3/obj/U-GPE ./PUNCT/3/punct/O");
  CHECK(type_at(DocumentEntities::resolve({p}, &gazetteer()), 0, 3, 3) == "GPE");
}

TEST_CASE("names: a title in the span makes the name after it a person's") {
  // The recogniser called the whole phrase a place.
  const auto s = spec_tree(
      "South/PROPN/2/compound/B-LOC Korean/ADJ/3/amod/I-LOC President/PROPN/4/compound/I-LOC "
      "Moon/PROPN/6/nsubj/I-LOC Jae-in/PROPN/4/flat/L-LOC spoke/VERB/0/root/O ./PUNCT/6/punct/O");
  const auto d = DocumentEntities::resolve({s}, &gazetteer());
  CHECK(id_at(d, 0, 3, 4) == "Moon Jae-in");
  CHECK(type_at(d, 0, 3, 4) == "PERSON");
  // "Secretary of State Rex Tillerson" with the span starting after "of".
  const auto t = spec_tree(
      "Secretary/PROPN/6/nsubj/O of/ADP/3/case/O State/PROPN/1/nmod/B-PERSON Rex/PROPN/1/flat/I-PERSON "
      "Tillerson/PROPN/4/flat/L-PERSON said/VERB/0/root/O ./PUNCT/6/punct/O");
  CHECK(id_at(DocumentEntities::resolve({t}, &gazetteer()), 0, 3, 4) == "Rex Tillerson");
}

TEST_CASE("names: a person's name the recogniser missed is found from the tree") {
  const auto s1 = spec_tree("Kim/PROPN/2/nsubj/U-PERSON spoke/VERB/0/root/O ./PUNCT/2/punct/O");
  const auto s2 = spec_tree(
      "The/DET/3/det/O North/PROPN/3/compound/B-NORP leader/NOUN/6/nsubj/O Kim/PROPN/3/appos/O "
      "Jong-un/PROPN/4/flat/O left/VERB/0/root/O ./PUNCT/6/punct/O");
  const auto d = DocumentEntities::resolve({s1, s2}, &gazetteer());
  CHECK(id_at(d, 1, 3, 4) == "Kim Jong-un");
  CHECK(type_at(d, 1, 3, 4) == "PERSON");
  // Untagged proper nouns that are no person's name stay out.
  const auto s3 = spec_tree("Talks/NOUN/2/nsubj/O began/VERB/0/root/O in/ADP/4/case/O Kaesong/PROPN/2/obl/O ./PUNCT/2/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s1, s3}, &gazetteer()), 1, 3, 3) == "<none>");
}

TEST_CASE("names: spans are trimmed, split at a hyphen between known names, completed to an organisation") {
  const auto s = spec_tree(
      "As/SCONJ/6/mark/B-PERSON US/PROPN/5/compound/I-PERSON -/PUNCT/4/punct/I-PERSON North/PROPN/5/compound/I-PERSON "
      "Korea/PROPN/6/nsubj/L-PERSON talk/VERB/0/root/O ./PUNCT/6/punct/O");
  const auto d = DocumentEntities::resolve({s}, &gazetteer());
  CHECK(id_at(d, 0, 1, 1) == "United States");
  CHECK(id_at(d, 0, 3, 4) == "North Korea");
  const auto p = spec_tree(
      "The/DET/3/det/O Washington/PROPN/3/compound/U-GPE Post/PROPN/4/nsubj/O reported/VERB/0/root/O "
      "./PUNCT/4/punct/O");
  const auto dp = DocumentEntities::resolve({p}, &gazetteer());
  CHECK(id_at(dp, 0, 1, 2) == "Washington Post");
  CHECK(type_at(dp, 0, 1, 2) == "ORG");
  const auto q = spec_tree(
      "Pyongyang/PROPN/2/nsubj/U-GPE accused/VERB/0/root/O North/PROPN/4/compound/B-ORG Korea/PROPN/2/obj/I-ORG "
      "of/ADP/6/case/I-ORG a/DET/4/nmod/L-ORG ./PUNCT/2/punct/O");
  CHECK(id_at(DocumentEntities::resolve({q}, &gazetteer()), 0, 2, 3) == "North Korea");
}

TEST_CASE("names: dates and events are no actors, whatever the recogniser said") {
  const auto s = spec_tree(
      "In/ADP/2/case/O July/PROPN/4/obl/U-PERSON the/DET/4/det/O Olympics/PROPN/5/nsubj/U-PERSON began/VERB/0/root/O "
      "./PUNCT/5/punct/O");
  const auto d = DocumentEntities::resolve({s}, &gazetteer());
  CHECK(id_at(d, 0, 1, 1) == "<none>");
  CHECK(id_at(d, 0, 3, 3) == "<none>");
  // "Theresa May" is a name, not a month.
  const auto m = spec_tree("Theresa/PROPN/3/nsubj/B-PERSON May/PROPN/1/flat/L-PERSON spoke/VERB/0/root/O");
  CHECK(id_at(DocumentEntities::resolve({m}, &gazetteer()), 0, 0, 1) == "Theresa May");
}

TEST_CASE("names: known organisations win over a bare PERSON tag, not over a title") {
  const auto s = spec_tree("Reuters/PROPN/2/nsubj/U-PERSON reported/VERB/0/root/O it/PRON/2/obj/O ./PUNCT/2/punct/O");
  const auto d = DocumentEntities::resolve({s}, &gazetteer());
  CHECK(type_at(d, 0, 0, 0) == "ORG");
  const auto u = spec_tree("The/DET/2/det/O U.N./PROPN/3/nsubj/U-ORG met/VERB/0/root/O");
  const auto ud = DocumentEntities::resolve(
      {spec_tree("Kim/PROPN/4/nsubj/B-PERSON Jong/PROPN/1/flat/I-PERSON Un/PROPN/1/flat/L-PERSON spoke/VERB/0/root/O"), u},
      &gazetteer());
  CHECK(id_at(ud, 1, 1, 1) == "United Nations");  // an acronym, not a part of "Kim Jong Un"
  const auto t = spec_tree("Mr./PROPN/2/compound/O Bloomberg/PROPN/3/nsubj/U-PERSON said/VERB/0/root/O");
  CHECK(type_at(DocumentEntities::resolve({t}, &gazetteer()), 0, 0, 1) == "PERSON");
}

TEST_CASE("names: a seat of government is not another state's government") {
  const auto s1 = spec_tree(
      "The/DET/4/det/O North/PROPN/3/compound/B-NORP Korean/ADJ/4/amod/L-NORP government/NOUN/5/nsubj/O "
      "protested/VERB/0/root/O ./PUNCT/5/punct/O");
  const auto s2 = spec_tree(
      "The/DET/3/det/O White/PROPN/3/compound/B-ORG House/PROPN/4/nsubj/L-ORG denied/VERB/0/root/O ./PUNCT/4/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s1, s2}, &gazetteer()), 1, 1, 2) == "United States");
}

TEST_CASE("names: a gender the text has shown decides between two persons") {
  const auto s1 = spec_tree(
      "Spokeswoman/PROPN/2/compound/B-PERSON Heather/PROPN/4/nsubj/I-PERSON Nauert/PROPN/2/flat/L-PERSON "
      "arrived/VERB/0/root/O ./PUNCT/4/punct/O");
  const auto s2 = spec_tree(
      "Officials/NOUN/2/nsubj/O thanked/VERB/0/root/O Steve/PROPN/2/obj/B-PERSON Biegun/PROPN/3/flat/L-PERSON "
      "./PUNCT/2/punct/O");
  const auto s3 = spec_tree("She/PRON/2/nsubj/O left/VERB/0/root/O ./PUNCT/2/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s1, s2, s3}, &gazetteer()), 2, 0, 0) == "Heather Nauert");
}

TEST_CASE("names: a span inside a longer known name grows to it; a title alone is a description") {
  const auto s = spec_tree(
      "The/DET/3/det/U-PERSON United/ADJ/3/amod/O States/PROPN/4/nsubj/U-PERSON refused/VERB/0/root/O "
      "./PUNCT/4/punct/O");
  const auto d = DocumentEntities::resolve({s}, &gazetteer());
  CHECK(id_at(d, 0, 0, 2) == "United States");
  CHECK(type_at(d, 0, 0, 2) == "GPE");
  const auto s1 = spec_tree(
      "President/PROPN/3/compound/B-PERSON Donald/PROPN/3/compound/I-PERSON Trump/PROPN/4/nsubj/L-PERSON "
      "spoke/VERB/0/root/O ./PUNCT/4/punct/O");
  const auto s2 = spec_tree("The/DET/2/det/O President/PROPN/3/nsubj/U-PERSON agreed/VERB/0/root/O ./PUNCT/3/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s1, s2}, &gazetteer()), 1, 0, 1) == "Donald Trump");
}

TEST_CASE("names: a plural of state names stands for each state") {
  const auto& c = gazetteer();
  const auto koreas = c.states_of_plural("the Koreas");
  REQUIRE(koreas.size() == 2);
  CHECK((koreas[0].id == "North Korea" || koreas[1].id == "North Korea"));
  CHECK(c.states_of_plural("Koreans").empty());
  CHECK(c.states_of_plural("Americas").empty());  // one state only: no group
  const auto s = spec_tree(
      "The/DET/2/det/O Koreas/PROPN/3/nsubj/U-PERSON opened/VERB/0/root/O an/DET/5/det/O office/NOUN/3/obj/O "
      "./PUNCT/3/punct/O");
  kg::extract::Extractor ex(kg::extract::ExtractorOptions{});
  kg::text::Document doc;
  doc.id = "d";
  const auto ts = ex.extract_parsed(doc, {s});
  std::set<std::string> subjects;
  for (const auto& t : ts)
    if (t.relation.text == "opened") subjects.insert(t.subject.id + "/" + t.subject.type);
  CHECK(subjects == std::set<std::string>{"North Korea/GPE", "South Korea/GPE"});
}
