// One focused test per coreference phenomenon, on hand-written trees.
#include <doctest/doctest.h>

#include "extract/coref_test_util.h"
#include "kg/extract/canonical.h"
#include "kg/extract/coref.h"
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

}  // namespace

TEST_CASE("coref: a pronoun agrees in gender with its antecedent") {
  const auto s1 = spec_tree(
      "Mr./PROPN/2/compound/O Moon/PROPN/3/nsubj/U-PERSON met/VERB/0/root/O Kim/PROPN/3/obj/B-PERSON "
      "Yo/PROPN/4/flat/I-PERSON Jong/PROPN/4/flat/L-PERSON ./PUNCT/3/punct/O");
  const auto she = spec_tree("She/PRON/2/nsubj smiled/VERB/0/root ./PUNCT/2/punct");
  const auto he = spec_tree("He/PRON/2/nsubj smiled/VERB/0/root ./PUNCT/2/punct");
  CHECK(id_at(DocumentEntities::resolve({s1, she}, &gazetteer()), 1, 0, 0) == "Kim Yo Jong");
  CHECK(id_at(DocumentEntities::resolve({s1, he}, &gazetteer()), 1, 0, 0) == "Moon");
}

TEST_CASE("coref: a pronoun prefers the subject and skips things") {
  const auto s1 = spec_tree(
      "Pence/PROPN/2/nsubj/U-PERSON criticized/VERB/0/root the/DET/4/det talks/NOUN/2/obj ./PUNCT/2/punct");
  const auto s2 = spec_tree("He/PRON/2/nsubj left/VERB/0/root ./PUNCT/2/punct");
  const auto s3 = spec_tree("They/PRON/2/nsubj failed/VERB/0/root ./PUNCT/2/punct");
  const auto d = DocumentEntities::resolve({s1, s2, s3}, &gazetteer());
  CHECK(id_at(d, 1, 0, 0) == "Pence");
  CHECK(id_at(d, 2, 0, 0) == "<none>");  // "they" = the talks, not an actor
}

TEST_CASE("coref: a plain pronoun is not bound by a co-argument") {
  const auto s = spec_tree(
      "Trump/PROPN/2/nsubj/U-PERSON said/VERB/0/root Pence/PROPN/4/nsubj/U-PERSON praised/VERB/2/ccomp/O "
      "him/PRON/4/obj/O ./PUNCT/2/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s}, &gazetteer()), 0, 4, 4) == "Trump");
}

TEST_CASE("coref: name variants join the full name") {
  const auto s1 = spec_tree(
      "Kim/PROPN/4/nsubj/B-PERSON Jong/PROPN/1/flat/I-PERSON Un/PROPN/1/flat/L-PERSON warned/VERB/0/root/O "
      "Seoul/PROPN/4/obj/U-GPE ./PUNCT/4/punct/O");
  const auto s2 = spec_tree("Mr./PROPN/2/compound/O Kim/PROPN/3/nsubj/U-PERSON spoke/VERB/0/root/O ./PUNCT/3/punct/O");
  const auto s3 = spec_tree(
      "Kim/PROPN/3/nsubj/B-PERSON Jong-un/PROPN/1/flat/L-PERSON left/VERB/0/root/O ./PUNCT/3/punct/O");
  const auto d = DocumentEntities::resolve({s1, s2, s3}, &gazetteer());
  CHECK(id_at(d, 1, 0, 1) == "Kim Jong Un");
  CHECK(id_at(d, 2, 0, 1) == "Kim Jong Un");
  CHECK(id_at(d, 0, 4, 4) == "South Korea");  // capital as the object of "warned"
}

TEST_CASE("coref: a title licenses a description of the same person") {
  const auto s1 = spec_tree(
      "Vice/PROPN/2/compound/O President/PROPN/3/compound/O Mike/PROPN/5/nsubj/B-PERSON Pence/PROPN/3/flat/L-PERSON "
      "arrived/VERB/0/root/O ./PUNCT/5/punct/O");
  const auto s2 = spec_tree("The/DET/3/det vice/NOUN/3/compound president/NOUN/4/nsubj left/VERB/0/root ./PUNCT/4/punct");
  const auto s3 = spec_tree("The/DET/2/det president/NOUN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct");
  const auto d = DocumentEntities::resolve({s1, s2, s3}, &gazetteer());
  CHECK(id_at(d, 0, 0, 3) == "Mike Pence");
  CHECK(id_at(d, 1, 0, 2) == "Mike Pence");
  CHECK(id_at(d, 2, 0, 1) != "Mike Pence");  // "president" is not "vice president"
}

TEST_CASE("coref: a role learned from a name with a nationality licenses 'the leader'") {
  const auto s1 = spec_tree(
      "North/PROPN/2/compound/B-NORP Korean/ADJ/3/amod/L-NORP leader/NOUN/4/compound/O Kim/PROPN/7/nsubj/B-PERSON "
      "Jong/PROPN/4/flat/I-PERSON Un/PROPN/4/flat/L-PERSON spoke/VERB/0/root/O ./PUNCT/7/punct/O");
  const auto s2 = spec_tree("The/DET/2/det leader/NOUN/3/nsubj smiled/VERB/0/root ./PUNCT/3/punct");
  const auto d = DocumentEntities::resolve({s1, s2}, &gazetteer());
  CHECK(id_at(d, 1, 0, 1) == "Kim Jong Un");
  CHECK(id_at(d, 0, 0, 1) == "North Korea");  // the demonym names the state
  CHECK(id_at(d, 0, 0, 2) == "Kim Jong Un");  // the role noun before the name is the person
}

TEST_CASE("coref: capitals stand for their state only when they act") {
  const auto s1 = spec_tree(
      "Pyongyang/PROPN/2/nsubj/U-GPE accused/VERB/0/root/O Washington/PROPN/2/obj/U-GPE ./PUNCT/2/punct/O");
  const auto s2 = spec_tree(
      "Talks/NOUN/3/nsubj:pass were/AUX/3/aux:pass held/VERB/0/root in/ADP/5/case Pyongyang/PROPN/3/obl/U-GPE "
      "./PUNCT/3/punct");
  const auto s3 = spec_tree("The/DET/2/det North/PROPN/3/nsubj/U-LOC agreed/VERB/0/root ./PUNCT/3/punct");
  const auto d = DocumentEntities::resolve({s1, s2, s3}, &gazetteer());
  CHECK(id_at(d, 0, 0, 0) == "North Korea");
  CHECK(id_at(d, 0, 2, 2) == "United States");
  CHECK(id_at(d, 1, 4, 4) == "Pyongyang");
  CHECK(id_at(d, 2, 0, 1) == "North Korea");  // "the North" once North Korea is in the text
  // Without a mention of North Korea, "the North" stays what it is.
  const auto alone = DocumentEntities::resolve({s3}, &gazetteer());
  CHECK(id_at(alone, 0, 0, 1) != "North Korea");
}

TEST_CASE("coref: an ambiguous surname resolves to the Kim the text last named") {
  const auto jong_un = spec_tree(
      "Kim/PROPN/4/nsubj/B-PERSON Jong/PROPN/1/flat/I-PERSON Un/PROPN/1/flat/L-PERSON spoke/VERB/0/root/O "
      "./PUNCT/4/punct/O");
  const auto yo_jong = spec_tree(
      "Kim/PROPN/4/nsubj/B-PERSON Yo/PROPN/1/flat/I-PERSON Jong/PROPN/1/flat/L-PERSON arrived/VERB/0/root/O "
      "./PUNCT/4/punct/O");
  const auto kim = spec_tree("Kim/PROPN/2/nsubj/U-PERSON smiled/VERB/0/root/O ./PUNCT/2/punct/O");
  CHECK(id_at(DocumentEntities::resolve({jong_un, yo_jong, kim}, &gazetteer()), 2, 0, 0) == "Kim Yo Jong");
  CHECK(id_at(DocumentEntities::resolve({yo_jong, jong_un, kim}, &gazetteer()), 2, 0, 0) == "Kim Jong Un");
}

TEST_CASE("coref: apposition and the fullest name") {
  const auto s = spec_tree(
      "Otto/PROPN/5/nsubj/B-PERSON Warmbier/PROPN/1/flat/L-PERSON ,/PUNCT/1/punct/O a/DET/4/det/O "
      "student/NOUN/1/appos/O died/VERB/0/root/O ./PUNCT/5/punct/O");
  const auto s2 = spec_tree("The/DET/2/det student/NOUN/3/nsubj suffered/VERB/0/root ./PUNCT/3/punct");
  const auto s3 = spec_tree("Warmbier/PROPN/2/nsubj/U-PERSON died/VERB/0/root/O ./PUNCT/2/punct/O");
  const auto d = DocumentEntities::resolve({s, s2, s3}, &gazetteer());
  CHECK(id_at(d, 0, 3, 4) == "Otto Warmbier");
  CHECK(id_at(d, 1, 0, 1) == "Otto Warmbier");
  CHECK(id_at(d, 2, 0, 0) == "Otto Warmbier");
}

TEST_CASE("coref: plural people nouns are GROUP actors") {
  const auto s = spec_tree(
      "U.S./PROPN/2/compound/U-GPE lawmakers/NOUN/3/nsubj/O criticized/VERB/0/root/O Pence/PROPN/3/obj/U-PERSON "
      "./PUNCT/3/punct/O");
  const auto d = DocumentEntities::resolve({s}, &gazetteer());
  auto r = d.actor_at(0, 0, 1);
  REQUIRE(r);
  CHECK(r->id == "U.S. lawmakers");
  CHECK(r->type == "GROUP");
  CHECK(id_at(d, 0, 0, 0) == "United States");
}

TEST_CASE("coref: a seat of government is the administration the text named, else the state") {
  const auto named = spec_tree(
      "The/DET/3/det/O Trump/PROPN/3/compound/B-ORG administration/NOUN/4/nsubj/L-ORG agreed/VERB/0/root/O "
      "./PUNCT/4/punct/O");
  const auto seat = spec_tree(
      "The/DET/3/det/O White/PROPN/3/compound/B-ORG House/PROPN/4/nsubj/L-ORG denied/VERB/0/root/O ./PUNCT/4/punct/O");
  const auto admin = spec_tree("The/DET/2/det administration/NOUN/3/nsubj denied/VERB/0/root ./PUNCT/3/punct");
  const auto d = DocumentEntities::resolve({named, seat, admin}, &gazetteer());
  CHECK(id_at(d, 1, 1, 2) == "Trump administration");
  CHECK(id_at(d, 2, 0, 1) == "Trump administration");
  CHECK(id_at(DocumentEntities::resolve({seat}, &gazetteer()), 0, 1, 2) == "United States");
}

TEST_CASE("coref: 'the regime' is the state in focus") {
  const auto s1 = spec_tree(
      "Pence/PROPN/2/nsubj/U-PERSON criticized/VERB/0/root/O North/PROPN/4/compound/B-GPE Korea/PROPN/2/obj/L-GPE "
      "./PUNCT/2/punct/O");
  const auto s2 = spec_tree("The/DET/2/det regime/NOUN/3/nsubj responded/VERB/0/root ./PUNCT/3/punct");
  CHECK(id_at(DocumentEntities::resolve({s1, s2}, &gazetteer()), 1, 0, 1) == "North Korea");
}

TEST_CASE("coref: elliptical coordination completes a state's name") {
  const auto s = spec_tree(
      "North/PROPN/4/nsubj/U-LOC and/CCONJ/4/cc/O South/PROPN/4/compound/B-GPE Korea/PROPN/1/conj/L-GPE "
      "met/VERB/0/root/O ./PUNCT/5/punct/O");
  const auto d = DocumentEntities::resolve({s}, &gazetteer());
  CHECK(id_at(d, 0, 0, 0) == "North Korea");
  CHECK(id_at(d, 0, 2, 3) == "South Korea");
}

TEST_CASE("coref: a surname goes to the salient Kim, not the one nested last") {
  const auto s1 = spec_tree(
      "Pence/PROPN/2/nsubj/U-PERSON sat/VERB/0/root/O near/ADP/4/case/O Kim/PROPN/2/obl/B-PERSON "
      "Yo/PROPN/4/flat/I-PERSON Jong/PROPN/4/flat/L-PERSON ,/PUNCT/9/punct/O the/DET/9/det/O sister/NOUN/4/appos/O "
      "of/ADP/11/case/O Kim/PROPN/9/nmod/B-PERSON Jong/PROPN/11/flat/I-PERSON Un/PROPN/11/flat/L-PERSON "
      "./PUNCT/2/punct/O");
  const auto s2 = spec_tree("Kim/PROPN/2/nsubj/U-PERSON smiled/VERB/0/root/O ./PUNCT/2/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s1, s2}, &gazetteer()), 1, 0, 0) == "Kim Yo Jong");
}

TEST_CASE("coref: a title inside the entity span is the role, not the name") {
  const auto s1 = spec_tree(
      "Vice/PROPN/2/compound/B-PERSON President/PROPN/3/compound/I-PERSON Mike/PROPN/5/nsubj/I-PERSON "
      "Pence/PROPN/3/flat/L-PERSON arrived/VERB/0/root/O ./PUNCT/5/punct/O");
  const auto s2 = spec_tree("The/DET/3/det vice/NOUN/3/compound president/NOUN/4/nsubj left/VERB/0/root ./PUNCT/4/punct");
  const auto d = DocumentEntities::resolve({s1, s2}, &gazetteer());
  CHECK(id_at(d, 0, 0, 3) == "Mike Pence");
  CHECK(id_at(d, 1, 0, 2) == "Mike Pence");
}

TEST_CASE("coref: an extraposition 'it' refers to no actor") {
  const auto s1 = spec_tree(
      "Seoul/PROPN/2/nsubj/U-GPE agreed/VERB/0/root/O ./PUNCT/2/punct/O");
  const auto s2 = spec_tree(
      "It/PRON/4/nsubj was/AUX/4/cop a/DET/4/det deal/NOUN/0/root that/SCONJ/7/mark she/PRON/7/nsubj "
      "came/VERB/4/ccomp ./PUNCT/4/punct");
  const auto s3 = spec_tree("It/PRON/2/nsubj agreed/VERB/0/root ./PUNCT/2/punct");
  const auto d = DocumentEntities::resolve({s1, s2}, &gazetteer());
  CHECK(id_at(d, 1, 0, 0) == "<none>");
  CHECK(id_at(DocumentEntities::resolve({s1, s3}, &gazetteer()), 1, 0, 0) == "South Korea");
}

TEST_CASE("coref: the understood subject of a clause binds its object pronoun") {
  // "Trump moved from insulting Kim to praising him": him = Kim, not Trump.
  const auto s = spec_tree(
      "Trump/PROPN/2/nsubj/U-PERSON moved/VERB/0/root/O from/SCONJ/4/mark/O insulting/VERB/2/advcl/O "
      "Kim/PROPN/4/obj/U-PERSON to/SCONJ/7/mark/O praising/VERB/4/conj/O him/PRON/7/obj/O ./PUNCT/2/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s}, &gazetteer()), 0, 7, 7) == "Kim");
}

TEST_CASE("coref: 'The North and South' are states even when the recogniser says person") {
  const auto s1 = spec_tree(
      "North/PROPN/2/compound/B-GPE Korea/PROPN/3/nsubj/L-GPE met/VERB/0/root/O South/PROPN/5/compound/B-GPE "
      "Korea/PROPN/3/obj/L-GPE ./PUNCT/3/punct/O");
  const auto s2 = spec_tree(
      "The/DET/2/det/O North/PROPN/5/nsubj/U-PERSON and/CCONJ/4/cc/O South/PROPN/2/conj/U-GPE "
      "talked/VERB/0/root/O ./PUNCT/5/punct/O");
  const auto d = DocumentEntities::resolve({s1, s2}, &gazetteer());
  CHECK(id_at(d, 1, 1, 1) == "North Korea");
  CHECK(id_at(d, 1, 3, 3) == "South Korea");
  // Without the article, "North" is a name like any other.
  const auto s3 = spec_tree("North/PROPN/2/nsubj/U-PERSON talked/VERB/0/root/O ./PUNCT/2/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s1, s3}, &gazetteer()), 1, 0, 0) == "North");
}

TEST_CASE("coref: 'the country' is the state last named; plural governments are no seat's") {
  const auto s1 = spec_tree(
      "Erdogan/PROPN/2/nsubj/U-PERSON accused/VERB/0/root/O Israel/PROPN/2/obj/U-GPE ./PUNCT/2/punct/O");
  auto s2 = spec_tree(
      "He/PRON/2/nsubj/O kept/VERB/0/root/O ties/NOUN/2/obj/O with/ADP/6/case/O the/DET/6/det/O "
      "country/NOUN/3/nmod/O ./PUNCT/2/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s1, s2}, &gazetteer()), 1, 5, 5) == "Israel");
  auto s3 = spec_tree(
      "European/ADJ/2/amod/B-NORP governments/NOUN/3/nsubj/O protested/VERB/0/root/O ./PUNCT/3/punct/O");
  s3.words[1].lemma = "government";
  const auto s4 = spec_tree(
      "The/DET/3/det/O White/PROPN/3/compound/B-ORG House/PROPN/4/nsubj/L-ORG declined/VERB/0/root/O "
      "./PUNCT/4/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s3, s4}, &gazetteer()), 1, 1, 2) == "United States");
}

TEST_CASE("coref: a name the recogniser missed is kept where it acts, not where it is a date") {
  // The recogniser ran ("O" everywhere but Moscow) and missed both leaders.
  const auto s = spec_tree(
      "Putin/PROPN/4/nsubj/O and/CCONJ/3/cc/O Xi/PROPN/1/conj/O signed/VERB/0/root/O deals/NOUN/4/obj/O "
      "in/ADP/7/case/O Moscow/PROPN/4/obl/U-GPE on/ADP/9/case/O Monday/PROPN/4/obl/O ./PUNCT/4/punct/O");
  const auto d = DocumentEntities::resolve({s}, &gazetteer());
  CHECK(id_at(d, 0, 0, 0) == "Putin");
  CHECK(id_at(d, 0, 2, 2) == "Xi");
  CHECK(id_at(d, 0, 8, 8) == "<none>");
  // A partner after "with" too; a name after "in" may be a place and is left alone.
  const auto s2 = spec_tree(
      "Lavrov/PROPN/2/nsubj/O met/VERB/0/root/O with/ADP/4/case/O Wang/PROPN/2/obl/O in/ADP/6/case/O "
      "Astana/PROPN/2/obl/O ./PUNCT/2/punct/O");
  const auto d2 = DocumentEntities::resolve({s2}, &gazetteer());
  CHECK(id_at(d2, 0, 3, 3) == "Wang");
  CHECK(id_at(d2, 0, 5, 5) == "<none>");
}

TEST_CASE("coref: 'the government' is a country in focus, never a city") {
  const auto s1 = spec_tree(
      "Leaders/NOUN/2/nsubj/O met/VERB/0/root/O in/ADP/4/case/O Moscow/PROPN/2/obl/U-GPE ./PUNCT/2/punct/O");
  const auto s2 = spec_tree(
      "Critics/NOUN/2/nsubj/O blamed/VERB/0/root/O the/DET/4/det/O government/NOUN/2/obj/O ./PUNCT/2/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s1, s2}, &gazetteer()), 1, 3, 3) != "Moscow");
}

TEST_CASE("coref: an adviser's title is no part of the name") {
  const auto s = spec_tree(
      "National/PROPN/3/compound/B-PERSON Security/PROPN/3/compound/I-PERSON Adviser/PROPN/4/compound/I-PERSON "
      "John/PROPN/6/nsubj/I-PERSON Bolton/PROPN/4/flat/L-PERSON spoke/VERB/0/root/O ./PUNCT/6/punct/O");
  CHECK(id_at(DocumentEntities::resolve({s}, &gazetteer()), 0, 3, 4) == "John Bolton");
}

TEST_CASE("coref: a common given name tells the gender; a lone or unknown one does not") {
  const auto& c = gazetteer();
  CHECK(c.given_name_gender("Mike") == "male");
  CHECK(c.given_name_gender("Heather") == "female");
  CHECK(c.given_name_gender("Kim").empty());
  CHECK(c.given_name_gender("Jong").empty());
  // "Sara Lund met Mike Berg; he thanked her": he = Berg, her = Lund.
  const auto s1 = spec_tree(
      "Sara/PROPN/3/nsubj/B-PERSON Lund/PROPN/1/flat/L-PERSON met/VERB/0/root/O Mike/PROPN/3/obj/B-PERSON "
      "Berg/PROPN/4/flat/L-PERSON ./PUNCT/3/punct/O");
  const auto s2 = spec_tree("He/PRON/2/nsubj/O thanked/VERB/0/root/O her/PRON/2/obj/O ./PUNCT/2/punct/O");
  const auto d = DocumentEntities::resolve({s1, s2}, &gazetteer());
  CHECK(id_at(d, 1, 0, 0) == "Mike Berg");
  CHECK(id_at(d, 1, 2, 2) == "Sara Lund");
}
