// One focused test per construction of clause extraction, on small trees
// written for the test in UD v2 English style.
#include "clause_test_util.h"
#include "test_support.h"

using kg::test::clauses::tree;
using kg::test::clauses::triples;

TEST_CASE("clauses: subject, verb, object and oblique") {
  auto s = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 criticized criticize VERB VBD 0 root
3 the the DET DT 4 det
4 plan plan NOUN NN 2 obj
5 in in ADP IN 6 case
6 Seoul Seoul PROPN NNP 2 obl
7 . . PUNCT . 2 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "Lee | criticize | the plan");
  CHECK_HAS(t, "Lee | criticize plan in | Seoul");
}

TEST_CASE("clauses: passive with agent is turned active") {
  auto s = tree(R"(
1 The the DET DT 2 det
2 reporter reporter NOUN NN 4 nsubj:pass
3 was be AUX VBD 4 aux:pass
4 detained detain VERB VBN 0 root
5 by by ADP IN 6 case
6 police police NOUN NNS 4 obl:agent
7 . . PUNCT . 4 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "police | detain | The reporter");
  CHECK(t.size() == 1);
}

TEST_CASE("clauses: passive without agent stays passive") {
  auto s = tree(R"(
1 The the DET DT 2 det
2 reporter reporter NOUN NN 4 nsubj:pass
3 was be AUX VBD 4 aux:pass
4 detained detain VERB VBN 0 root
5 in in ADP IN 6 case
6 Havana Havana PROPN NNP 4 obl
7 . . PUNCT . 4 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "The reporter | be detained in | Havana");
  auto c = kg::extract::extract_clauses(s);
  REQUIRE(c.size() == 1);
  CHECK(c[0].passive);
  CHECK(c[0].agent < 0);
}

TEST_CASE("clauses: copula with a noun predicate") {
  auto s = tree(R"(
1 Park Park PROPN NNP 4 nsubj
2 is be AUX VBZ 4 cop
3 the the DET DT 4 det
4 mayor mayor NOUN NN 0 root
5 of of ADP IN 6 case
6 Busan Busan PROPN NNP 4 nmod
7 . . PUNCT . 4 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "Park | be | the mayor of Busan");
  CHECK_HAS(t, "Park | be mayor of | Busan");
}

TEST_CASE("clauses: apposition gives be + description") {
  auto s = tree(R"(
1 Ana Ana PROPN NNP 8 nsubj
2 Silva Silva PROPN NNP 1 flat
3 , , PUNCT , 4 punct
4 sister sister NOUN NN 1 appos
5 of of ADP IN 6 case
6 Jose Jose PROPN NNP 4 nmod
7 Silva Silva PROPN NNP 6 flat
8 arrived arrive VERB VBD 0 root
9 . . PUNCT . 8 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "Ana Silva | be sister of | Jose Silva");
  CHECK_HAS(t, "Ana Silva | be | sister of Jose Silva");
}

TEST_CASE("clauses: apposition with the name second") {
  auto s = tree(R"(
1 Chile Chile PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 envoy envoy NOUN NN 7 nsubj
4 , , PUNCT , 5 punct
5 Rosa Rosa PROPN NNP 3 appos
6 Diaz Diaz PROPN NNP 5 flat
7 resigned resign VERB VBD 0 root)");
  auto t = triples(s);
  CHECK_HAS(t, "Rosa Diaz | be envoy of | Chile");
}

TEST_CASE("clauses: role noun before a name") {
  auto s = tree(R"(
1 Brazilian Brazilian ADJ JJ 2 amod
2 minister minister NOUN NN 3 nmod:desc
3 Ana Ana PROPN NNP 5 nsubj
4 Silva Silva PROPN NNP 3 flat
5 spoke speak VERB VBD 0 root)");
  auto t = triples(s);
  CHECK_HAS(t, "Ana Silva | be minister of | Brazilian");
  // A role without a proper modifier ("former minister") says nothing about whose.
  auto u = triples(tree(R"(
1 former former ADJ JJ 2 amod
2 minister minister NOUN NN 3 compound
3 Silva Silva PROPN NNP 4 nsubj
4 spoke speak VERB VBD 0 root)"));
  for (const auto& x : u) CHECK(x.find("be minister") == std::string::npos);
}

TEST_CASE("clauses: possessive event noun with a verb reading") {
  auto s = tree(R"(
1 Lula Lula PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 summit summit NOUN NN 6 nsubj
4 with with ADP IN 5 case
5 Biden Biden PROPN NNP 3 nmod
6 ended end VERB VBD 0 root)");
  auto t = triples(s);
  CHECK_HAS(t, "Lula | hold summit with | Biden");
}

TEST_CASE("clauses: relative clauses stand for the noun") {
  auto s = tree(R"(
1 The the DET DT 2 det
2 envoy envoy NOUN NN 6 nsubj
3 who who PRON WP 4 nsubj PronType=Rel
4 met meet VERB VBD 2 acl:relcl
5 Castro Castro PROPN NNP 4 obj
6 left leave VERB VBD 0 root)");
  auto t = triples(s);
  CHECK_HAS(t, "The envoy | meet | Castro");
  // Object relative without a pronoun: "the treaty Ortiz signed".
  auto u = triples(tree(R"(
1 the the DET DT 2 det
2 treaty treaty NOUN NN 5 nsubj
3 Ortiz Ortiz PROPN NNP 4 nsubj
4 signed sign VERB VBD 2 acl:relcl
5 collapsed collapse VERB VBD 0 root)"));
  CHECK_HAS(u, "Ortiz | sign | the treaty");
}

TEST_CASE("clauses: reduced relative participle is passive with its agent") {
  auto s = tree(R"(
1 Lima Lima PROPN NNP 2 nsubj
2 attended attend VERB VBD 0 root
3 a a DET DT 4 det
4 dinner dinner NOUN NN 2 obj
5 hosted host VERB VBN 4 acl
6 by by ADP IN 7 case
7 Ortiz Ortiz PROPN NNP 5 obl:agent)");
  auto t = triples(s);
  CHECK_HAS(t, "Lima | attend | a dinner hosted by Ortiz");
  CHECK_HAS(t, "Ortiz | host | a dinner");
}

TEST_CASE("clauses: controlled verbs fold into the relation") {
  auto s = tree(R"(
1 Ortiz Ortiz PROPN NNP 2 nsubj
2 refused refuse VERB VBD 0 root
3 to to PART TO 4 mark
4 stand stand VERB VB 2 xcomp
5 up up ADP RP 4 compound:prt
6 for for ADP IN 8 case
7 the the DET DT 8 det
8 anthem anthem NOUN NN 4 obl)");
  CHECK_HAS(triples(s), "Ortiz | refuse to stand up for | the anthem");
  auto u = tree(R"(
1 Ortiz Ortiz PROPN NNP 2 nsubj
2 avoided avoid VERB VBD 0 root
3 shaking shake VERB VBG 2 xcomp
4 hands hand NOUN NNS 3 obj
5 with with ADP IN 6 case
6 Lima Lima PROPN NNP 3 obl)");
  CHECK_HAS(triples(u), "Ortiz | avoid shake hand with | Lima");
}

TEST_CASE("clauses: complement clause carries attribution") {
  auto s = tree(R"(
1 Ortiz Ortiz PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 that that SCONJ IN 5 mark
4 Lima Lima PROPN NNP 5 nsubj
5 lied lie VERB VBD 2 ccomp
6 to to ADP IN 7 case
7 Congress Congress PROPN NNP 5 obl)");
  auto t = triples(s);
  CHECK_HAS(t, "Ortiz | say | Lima lied to Congress");
  CHECK_HAS(t, "Lima | lie to | Congress");
  for (const auto& c : kg::extract::extract_clauses(s))
    if (kg::extract::words_text(s, c.subject.words) == "Lima")
      CHECK(kg::extract::words_text(s, c.attribution) == "Ortiz");
}

TEST_CASE("clauses: parenthetical speech verb and according to") {
  auto s = tree(R"(
1 The the DET DT 2 det
2 letter letter NOUN NN 8 nsubj:pass
3 , , PUNCT , 4 punct
4 reports report VERB VBZ 8 parataxis
5 Kyodo Kyodo PROPN NNP 4 nsubj
6 , , PUNCT , 4 punct
7 was be AUX VBD 8 aux:pass
8 sent send VERB VBN 0 root
9 by by ADP IN 10 case
10 Abe Abe PROPN NNP 8 obl:agent)");
  auto t = triples(s);
  CHECK_HAS(t, "Abe | send | The letter");
  CHECK_HAS(t, "Kyodo | report | The letter was sent by Abe");
  for (const auto& c : kg::extract::extract_clauses(s))
    if (c.predicate == 7) CHECK(kg::extract::words_text(s, c.attribution) == "Kyodo");
  auto u = tree(R"(
1 According accord VERB VBG 3 case
2 to to ADP IN 1 fixed
3 officials official NOUN NNS 5 obl
4 Ortiz Ortiz PROPN NNP 5 nsubj
5 resigned resign VERB VBD 0 root)");
  auto c = kg::extract::extract_clauses(u);
  REQUIRE(c.size() == 2);
  CHECK(kg::extract::words_text(u, c[0].attribution) == "officials");
  // The source reports the clause: an edge from the source to what it says.
  CHECK_HAS(triples(u), "officials | accord to | Ortiz resigned");
}

TEST_CASE("clauses: conjoined subjects, objects and verbs are distributed") {
  auto s = tree(R"(
1 Chile Chile PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Peru Peru PROPN NNP 1 conj
4 signed sign VERB VBD 0 root
5 the the DET DT 6 det
6 deal deal NOUN NN 4 obj
7 and and CCONJ CC 8 cc
8 praised praise VERB VBD 4 conj
9 Bolivia Bolivia PROPN NNP 8 obj
10 and and CCONJ CC 11 cc
11 Ecuador Ecuador PROPN NNP 9 conj)");
  auto t = triples(s);
  CHECK_HAS(t, "Chile | sign | the deal");
  CHECK_HAS(t, "Peru | sign | the deal");
  CHECK_HAS(t, "Chile | praise | Bolivia");
  CHECK_HAS(t, "Peru | praise | Ecuador");
  CHECK(t.size() == 6);
}

TEST_CASE("clauses: conjoined modifiers give one subject each") {
  auto s = tree(R"(
1 East east ADJ JJ 4 amod
2 and and CCONJ CC 3 cc
3 West west ADJ JJ 1 conj
4 Germany Germany PROPN NNP 5 nsubj
5 opened open VERB VBD 0 root
6 talks talk NOUN NNS 5 obj)");
  auto t = triples(s);
  CHECK_HAS(t, "East Germany | open | talks");
  CHECK_HAS(t, "West Germany | open | talks");
}

TEST_CASE("clauses: reciprocal verbs with conjoined subjects") {
  auto s = tree(R"(
1 Ortiz Ortiz PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Lima Lima PROPN NNP 1 conj
4 plan plan VERB VBP 0 root
5 to to PART TO 6 mark
6 meet meet VERB VB 4 xcomp
7 in in ADP IN 8 case
8 Quito Quito PROPN NNP 6 obl)");
  auto t = triples(s);
  CHECK_HAS(t, "Ortiz | plan to meet | Lima");
  CHECK_HAS(t, "Lima | plan to meet | Ortiz");
  auto c = kg::extract::extract_clauses(s);
  REQUIRE(!c.empty());
  CHECK(c[0].modality == "plan");
}

TEST_CASE("clauses: phrasal verbs keep their particle and preposition") {
  auto s = tree(R"(
1 Ortiz Ortiz PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 off off ADP RP 2 compound:prt
4 the the DET DT 5 det
5 visit visit NOUN NN 2 obj
6 and and CCONJ CC 7 cc
7 backed back VERB VBD 2 conj
8 away away ADV RB 7 compound:prt
9 from from ADP IN 11 case
10 the the DET DT 11 det
11 deal deal NOUN NN 7 obl)");
  auto t = triples(s);
  CHECK_HAS(t, "Ortiz | call off | the visit");
  CHECK_HAS(t, "Ortiz | back away from | the deal");
}

TEST_CASE("clauses: negation sets negated") {
  auto s = tree(R"(
1 Ortiz Ortiz PROPN NNP 4 nsubj
2 did do AUX VBD 4 aux
3 n't not PART RB 4 advmod
4 speak speak VERB VB 0 root
5 to to ADP IN 6 case
6 Lima Lima PROPN NNP 4 obl)");
  CHECK_HAS(triples(s), "Ortiz | speak to | Lima [neg]");
  auto u = tree(R"(
1 Ortiz Ortiz PROPN NNP 2 nsubj
2 made make VERB VBD 0 root
3 no no DET DT 4 det
4 effort effort NOUN NN 2 obj
5 to to PART TO 6 mark
6 help help VERB VB 4 acl
7 Lima Lima PROPN NNP 6 obj)");
  CHECK_HAS(triples(u), "Ortiz | make effort to help | Lima [neg]");
  auto v = tree(R"(
1 Lima Lima PROPN NNP 3 nsubj
2 never never ADV RB 3 advmod
3 visited visit VERB VBD 0 root
4 Quito Quito PROPN NNP 3 obj)");
  CHECK_HAS(triples(v), "Lima | visit | Quito [neg]");
  // An affirmative clause is not negated.
  auto w = triples(tree(R"(
1 Lima Lima PROPN NNP 2 nsubj
2 visited visit VERB VBD 0 root
3 Quito Quito PROPN NNP 2 obj)"));
  CHECK_HAS(w, "Lima | visit | Quito");
}

TEST_CASE("clauses: modality from modal auxiliaries") {
  auto s = tree(R"(
1 Ortiz Ortiz PROPN NNP 3 nsubj
2 could could AUX MD 3 aux
3 veto veto VERB VB 0 root
4 the the DET DT 5 det
5 bill bill NOUN NN 3 obj)");
  auto c = kg::extract::extract_clauses(s);
  REQUIRE(c.size() == 1);
  CHECK(c[0].modality == "could");
  CHECK(!c[0].negated);
}

TEST_CASE("clauses: subordinate clause inherits the subject") {
  auto s = tree(R"(
1 Ortiz Ortiz PROPN NNP 2 nsubj
2 spoke speak VERB VBD 0 root
3 , , PUNCT , 4 punct
4 vowing vow VERB VBG 2 advcl
5 to to PART TO 6 mark
6 defend defend VERB VB 4 xcomp
7 Quito Quito PROPN NNP 6 obj)");
  CHECK_HAS(triples(s), "Ortiz | vow to defend | Quito");
}

TEST_CASE("clauses: malformed and deep trees end without hanging") {
  // A cycle (1 -> 2 -> 1) and a self-attached word: no clause hangs or crashes.
  auto s = tree(R"(
1 Ortiz Ortiz PROPN NNP 2 nsubj
2 met meet VERB VBD 1 conj
3 Lima Lima PROPN NNP 3 obj)");
  CHECK_NOTHROW(triples(s));
  // A chain deeper than the limit.
  std::string rows = "1 Ortiz Ortiz PROPN NNP 2 nsubj\n2 wants want VERB VBZ 0 root\n";
  for (int i = 3; i < 200; ++i)
    rows += std::to_string(i) + " try try VERB VB " + std::to_string(i - 1) + " xcomp\n";
  kg::extract::ClauseOptions o;
  o.max_depth = 10;
  auto deep = tree(rows);
  auto c = kg::extract::extract_clauses(deep, o);
  for (const auto& x : c) CHECK(x.relation.size() <= 20);
}
