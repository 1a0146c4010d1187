// Clause constructions added for news text and for the parse errors the
// extractor must stand: one focused test each, on small trees written for
// the test in UD v2 English style (the misparse as our parser makes it).
#include "clause_test_util.h"
#include "kg/extract/canonical.h"
#include "test_support.h"

using kg::test::clauses::tree;
using kg::test::clauses::triples;

TEST_CASE("clauses: a report before its speech verb is the verb's content") {
  // "Leaders plan to meet, Lima announced" with the report parsed as advcl.
  auto s = tree(R"(
1 Leaders leader NOUN NNS 2 nsubj
2 plan plan VERB VBP 7 advcl
3 to to PART TO 4 mark
4 meet meet VERB VB 2 xcomp
5 , , PUNCT , 2 punct
6 Lima Lima PROPN NNP 7 nsubj
7 announced announce VERB VBD 0 root)");
  auto t = triples(s);
  CHECK_HAS(t, "Lima | announce | Leaders plan to meet");
  CHECK_HAS(t, "Leaders | plan to meet | ");
  for (const auto& c : kg::extract::extract_clauses(s))
    if (kg::extract::words_text(s, c.subject.words) == "Leaders")
      CHECK(kg::extract::words_text(s, c.attribution) == "Lima");
  // A marked adverbial clause ("after leaders met, Lima announced") is not a report.
  auto marked = tree(R"(
1 After after SCONJ IN 3 mark
2 leaders leader NOUN NNS 3 nsubj
3 met meet VERB VBD 6 advcl
4 , , PUNCT , 3 punct
5 Lima Lima PROPN NNP 6 nsubj
6 announced announce VERB VBD 0 root)");
  for (const auto& x : triples(marked)) CHECK(x.find("announce | leaders met") == std::string::npos);
}

TEST_CASE("clauses: the name in apposition to an argument is an argument too") {
  auto s = tree(R"(
1 Ana Ana PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 the the DET DT 4 det
4 envoy envoy NOUN NN 2 obj
5 , , PUNCT , 6 punct
6 Rosa Rosa PROPN NNP 4 appos
7 Diaz Diaz PROPN NNP 6 flat)");
  auto t = triples(s);
  CHECK_HAS(t, "Ana | meet | the envoy");
  CHECK_HAS(t, "Ana | meet | Rosa Diaz");
  // Open IE keeps one tuple: the name is the same participant.
  for (const auto& c : kg::extract::extract_clauses(s))
    for (const auto& a : c.args)
      if (kg::extract::words_text(s, a.words) == "Rosa Diaz") CHECK(a.appositive);
}

TEST_CASE("clauses: a proper modifier of a description names whose") {
  // "Chilean leader Rosa Diaz" with the name parsed as apposition of the role.
  auto s = tree(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 leader leader NOUN NN 5 nsubj
3 Rosa Rosa PROPN NNP 2 appos
4 Diaz Diaz PROPN NNP 3 flat
5 spoke speak VERB VBD 0 root)");
  auto t = triples(s);
  CHECK_HAS(t, "Rosa Diaz | be leader of | Chilean");
}

TEST_CASE("clauses: with a gazetteer, only the place of a title is its owner") {
  auto canon = kg::extract::Canonicalizer::load(kg::test::source_dir() / "data");
  auto s = tree(R"(
1 Japanese Japanese ADJ JJ 3 amod
2 Prime Prime ADJ JJ 3 amod
3 Minister Minister PROPN NNP 4 nmod:desc
4 Taro Taro PROPN NNP 6 nsubj
5 Aso Aso PROPN NNP 4 flat
6 spoke speak VERB VBD 0 root)");
  kg::extract::ClauseOptions o;
  o.places = &canon;
  std::vector<std::string> got;
  for (const auto& c : kg::extract::extract_clauses(s, o))
    for (const auto& t : kg::extract::binarize(s, c))
      got.push_back(kg::extract::words_text(s, t.subject.words) + " | " + t.lemma + " | " +
                    kg::extract::words_text(s, t.object.words));
  CHECK_HAS(got, "Taro Aso | be Minister of | Japanese");
  // A title with no place before it ("Vice President X") says nothing about whose.
  auto v = tree(R"(
1 Vice Vice PROPN NNP 2 compound
2 President President PROPN NNP 3 nmod:desc
3 Ana Ana PROPN NNP 4 nsubj
4 spoke speak VERB VBD 0 root)");
  for (const auto& c : kg::extract::extract_clauses(v, o)) CHECK(c.kind != kg::extract::Clause::Kind::RoleNoun);
}

TEST_CASE("clauses: only a bare light noun folds its infinitive into the relation") {
  auto light = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 made make VERB VBD 0 root
3 no no DET DT 4 det
4 effort effort NOUN NN 2 obj
5 to to PART TO 6 mark
6 help help VERB VB 4 acl
7 Park Park PROPN NNP 6 obj)");
  CHECK_HAS(triples(light), "Lee | make effort to help | Park [neg]");
  auto owned = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 criticized criticize VERB VBD 0 root
3 Chile Chile PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 attempts attempt NOUN NNS 2 obj
6 to to PART TO 7 mark
7 hide hide VERB VB 5 acl
8 data data NOUN NNS 7 obj)");
  auto t = triples(owned);
  CHECK_HAS(t, "Lee | criticize | Chile 's attempts to hide data");
  for (const auto& x : t) CHECK(x.find("criticize attempt to hide") == std::string::npos);
}

TEST_CASE("clauses: a time parsed as subject leaves the clause its real subject") {
  // "Lee returned on Saturday having made no effort": "Saturday" as nsubj of "made".
  auto s = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 returned return VERB VBD 0 root
3 on on ADP IN 6 mark
4 Saturday Saturday PROPN NNP 6 nsubj
5 having have AUX VBG 6 aux
6 made make VERB VBN 2 advcl
7 no no DET DT 8 det
8 effort effort NOUN NN 6 obj
9 to to PART TO 10 mark
10 help help VERB VB 8 acl
11 Park Park PROPN NNP 10 obj)");
  CHECK_HAS(triples(s), "Lee | make effort to help | Park [neg]");
  // Of two subjects, the time is the misparse: "24 hours later, Lee cancelled it".
  auto u = tree(R"(
1 Hours hour NOUN NNS 3 nsubj
2 Lee Lee PROPN NNP 3 nsubj
3 cancelled cancel VERB VBD 0 root
4 talks talk NOUN NNS 3 obj)");
  CHECK_HAS(triples(u), "Lee | cancel | talks");
}

TEST_CASE("clauses: a subjectless 'to' clause parsed as ccomp is a controlled verb") {
  auto s = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 threatened threaten VERB VBD 0 root
3 to to PART TO 4 mark
4 destroy destroy VERB VB 2 ccomp
5 Chile Chile PROPN NNP 4 obj)");
  auto t = triples(s);
  CHECK_HAS(t, "Lee | threaten to destroy | Chile");
  CHECK(t.size() == 1);
}

TEST_CASE("clauses: a title and a name parsed as two subjects: the name is the subject") {
  auto s = tree(R"(
1 Secretary Secretary PROPN NNP 5 nsubj
2 of of ADP IN 3 case
3 State State PROPN NNP 1 nmod
4 Lee Lee PROPN NNP 5 nsubj
5 said say VERB VBD 0 root
6 nothing nothing PRON NN 5 obj)");
  CHECK_HAS(triples(s), "Lee | say | nothing");
}

TEST_CASE("clauses: an inverted speech tag parsed as the head of the sentence") {
  // "The letter, reports Kyodo, was sent by Abe" with "reports" as root.
  auto s = tree(R"(
1 The the DET DT 2 det
2 letter letter NOUN NN 4 nsubj
3 , , PUNCT , 2 punct
4 reports report VERB VBZ 0 root
5 Kyodo Kyodo PROPN NNP 4 obj
6 , , PUNCT , 8 punct
7 was be AUX VBD 8 aux:pass
8 sent send VERB VBN 4 conj
9 by by ADP IN 10 case
10 Abe Abe PROPN NNP 8 obl:agent)");
  auto t = triples(s);
  CHECK_HAS(t, "Kyodo | report | The letter");
  CHECK_HAS(t, "Abe | send | The letter");
  for (const auto& x : t) CHECK(x.find("The letter | report") == std::string::npos);
}

TEST_CASE("clauses: reciprocal pronouns and shared objects of conjoined subjects") {
  auto s = tree(R"(
1 Lee Lee PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Park Park PROPN NNP 1 conj
4 sat sit VERB VBD 0 root
5 near near ADP IN 7 case
6 each each DET DT 7 det
7 other other ADJ JJ 4 obl)");
  auto t = triples(s);
  CHECK_HAS(t, "Lee | sit near | Park");
  CHECK_HAS(t, "Park | sit near | Lee");
  for (const auto& x : t) CHECK(x.find("each other") == std::string::npos);
  auto u = tree(R"(
1 Lee Lee PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Park Park PROPN NNP 1 conj
4 exchanged exchange VERB VBD 0 root
5 gifts gift NOUN NNS 4 obj)");
  auto v = triples(u);
  CHECK_HAS(v, "Lee | exchange gift with | Park");
  CHECK_HAS(v, "Park | exchange gift with | Lee");
  // Not every verb: "Lee and Park sold gifts" is not "sold gifts with".
  auto w = tree(R"(
1 Lee Lee PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Park Park PROPN NNP 1 conj
4 sold sell VERB VBD 0 root
5 gifts gift NOUN NNS 4 obj)");
  for (const auto& x : triples(w)) CHECK(x.find(" with |") == std::string::npos);
}

TEST_CASE("clauses: a time on a noun is the clause's, not the argument's") {
  auto s = tree(R"(
1 Chile Chile PROPN NNP 4 nsubj
2 on on ADP IN 3 case
3 Friday Friday PROPN NNP 1 nmod
4 opened open VERB VBD 0 root
5 an a DET DT 6 det
6 office office NOUN NN 4 obj
7 of of ADP IN 8 case
8 time time NOUN NN 6 nmod)");
  auto t = triples(s);
  // "office of time" keeps its "of" modifier; "Chile on Friday" loses the time.
  CHECK_HAS(t, "Chile | open | an office of time");
}

TEST_CASE("clauses: a determiner misparsed as the object keeps its noun") {
  // "cancelled that meeting" with "meeting" as a relative clause of "that".
  auto s = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 cancelled cancel VERB VBD 0 root
3 that that SCONJ IN 2 obj
4 meeting meeting NOUN NN 3 acl:relcl)");
  CHECK_HAS(triples(s), "Lee | cancel | that meeting");
}

TEST_CASE("clauses: conjoined modifiers are marked as distributed") {
  auto s = tree(R"(
1 North North PROPN NNP 4 compound
2 and and CCONJ CC 3 cc
3 South South PROPN NNP 1 conj
4 Korea Korea PROPN NNP 5 nsubj
5 talked talk VERB VBD 0 root)");
  int distributed = 0;
  for (const auto& c : kg::extract::extract_clauses(s)) distributed += c.subject.distributed;
  CHECK(distributed == 2);
}

TEST_CASE("clauses: the adjective of a linking verb joins the relation") {
  auto s = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 seemed seem VERB VBD 0 root
3 optimistic optimistic ADJ JJ 2 xcomp
4 about about ADP IN 6 case
5 the the DET DT 6 det
6 outcome outcome NOUN NN 3 obl)");
  auto t = triples(s);
  CHECK_HAS(t, "Lee | seem optimistic about | the outcome");
  CHECK(t.size() == 1);
  // With an object the adjective is a result, not part of the relation: "painted the wall red".
  auto u = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 painted paint VERB VBD 0 root
3 the the DET DT 4 det
4 wall wall NOUN NN 2 obj
5 red red ADJ JJ 2 xcomp)");
  CHECK_HAS(triples(u), "Lee | paint | the wall");
}

TEST_CASE("clauses: a noun that makes a preposition with 'of' joins the preposition") {
  auto s = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 sat sit VERB VBD 0 root
3 in in ADP IN 4 case
4 front front NOUN NN 2 obl
5 of of ADP IN 6 case
6 Park Park PROPN NNP 4 nmod)");
  auto t = triples(s);
  CHECK_HAS(t, "Lee | sit in front of | Park");
  // An ordinary noun keeps its "of" phrase: "sat in the garden of Park".
  auto u = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 sat sit VERB VBD 0 root
3 in in ADP IN 4 case
4 garden garden NOUN NN 2 obl
5 of of ADP IN 6 case
6 Park Park PROPN NNP 4 nmod)");
  CHECK_HAS(triples(u), "Lee | sit in | garden of Park");
}

TEST_CASE("clauses: an apposition attached to punctuation gives no description") {
  auto s = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 spoke speak VERB VBD 0 root
3 , , PUNCT , 2 punct
4 Park Park PROPN NNP 3 appos)");
  for (const auto& c : kg::extract::extract_clauses(s)) CHECK(c.kind != kg::extract::Clause::Kind::Apposition);
}

TEST_CASE("clauses: only a common-noun object joins the relation of an oblique") {
  auto s = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 praised praise VERB VBD 0 root
3 Chile Chile PROPN NNP 2 obj
4 before before ADP IN 6 case
5 the the DET DT 6 det
6 vote vote NOUN NN 2 obl
7 on on ADP IN 8 case
8 Tuesday Tuesday PROPN NNP 2 obl)");
  auto t = triples(s);
  CHECK_HAS(t, "Lee | praise | Chile");
  CHECK_HAS(t, "Lee | praise before | the vote");
  // A relative pronoun with nothing to stand for is no argument.
  auto u = tree(R"(
1 Lee Lee PROPN NNP 2 nsubj
2 spoke speak VERB VBD 0 root
3 during during ADP IN 4 case
4 which which PRON WDT 2 obl)");
  for (const auto& x : triples(u)) CHECK(x.find("which") == std::string::npos);
}

TEST_CASE("clauses: 'X is the first ... to V' makes X the subject of V") {
  auto s = tree(R"(
1 Lee Lee PROPN NNP 4 nsubj
2 is be AUX VBZ 4 cop
3 the the DET DT 4 det
4 first first ADJ JJ 0 root
5 member member NOUN NN 4 nmod
6 to to PART TO 7 mark
7 visit visit VERB VB 5 acl
8 Chile Chile PROPN NNP 7 obj)");
  auto u = tree(R"(
1 Lee Lee PROPN NNP 4 nsubj
2 is be AUX VBZ 4 cop
3 the the DET DT 4 det
4 member member NOUN NN 0 root
5 of of ADP IN 7 case
6 the the DET DT 7 det
7 family family NOUN NN 4 nmod
8 to to PART TO 9 mark
9 visit visit VERB VB 7 acl
10 Chile Chile PROPN NNP 9 obj)");
  auto v = tree(R"(
1 Lee Lee PROPN NNP 5 nsubj
2 is be AUX VBZ 5 cop
3 the the DET DT 5 det
4 first first ADJ JJ 5 amod
5 member member NOUN NN 0 root
6 of of ADP IN 8 case
7 the the DET DT 8 det
8 family family NOUN NN 5 nmod
9 to to PART TO 10 mark
10 visit visit VERB VB 8 acl
11 Chile Chile PROPN NNP 10 obj)");
  CHECK_HAS(triples(s), "Lee | visit | Chile");
  CHECK_HAS(triples(v), "Lee | visit | Chile");
  // Without "first/last/only" the infinitive says what the noun is for, not what Lee did.
  for (const auto& x : triples(u)) CHECK(x.find("Lee | visit") == std::string::npos);
}
