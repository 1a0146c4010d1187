// Clause extraction over the trees our parser really produces for news text:
// one test per misparse the extractor repairs (a subject stranded in the
// phrase before the verb, a relative pronoun hung on the wrong verb, a verb
// conjoined to a noun, ...), and per construction that needs more than the
// head's own dependents (object control, "away from", "as X" inside an
// oblique, "between X and Y").
#include "clause_test_util.h"
#include "test_support.h"

using kg::test::clauses::has;
using kg::test::clauses::tree;
using kg::test::clauses::triples;

namespace {

bool any_starts(const std::vector<std::string>& t, const std::string& prefix) {
  for (const auto& x : t)
    if (x.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE("clauses: a parenthetical speech verb hands its subject to the complement") {
  // "The invitation, reports Reuters, was delivered by Kim." parsed with
  // "reports" as the root and "delivered" as its complement.
  auto s = tree(R"(
1 The the DET DT 2 det
2 invitation invitation NOUN NN 4 nsubj
3 , , PUNCT , 4 punct
4 reports report VERB VBZ 0 root
5 Reuters Reuters PROPN NNP 4 obj
6 , , PUNCT , 8 punct
7 was be AUX VBD 8 aux:pass
8 delivered deliver VERB VBN 4 ccomp
9 by by ADP IN 10 case
10 Kim Kim PROPN NNP 8 obl:agent
11 . . PUNCT . 4 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "Kim | deliver | The invitation");
  CHECK_HAS(t, "Reuters | report | The invitation");
}

TEST_CASE("clauses: the object of a control verb is the subject of its xcomp") {
  auto s = tree(R"(
1 The the DET DT 2 det
2 summit summit NOUN NN 4 nsubj
3 will will AUX MD 4 aux
4 see see VERB VB 0 root
5 Moon Moon PROPN NNP 4 obj
6 meet meet VERB VB 4 xcomp
7 Kim Kim PROPN NNP 6 obj
8 . . PUNCT . 4 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "Moon | meet | Kim");
  CHECK_HAS(t, "The summit | see | Moon");
  CHECK(!any_starts(t, "The summit | see meet"));
}

TEST_CASE("clauses: a verbal xcomp after the object of another verb keeps the subject") {
  // "Trump moved from insulting Kim to praising him": no "insult to praise".
  auto s = tree(R"(
1 Trump Trump PROPN NNP 2 nsubj
2 moved move VERB VBD 0 root
3 from from SCONJ IN 4 mark
4 insulting insult VERB VBG 2 advcl
5 Kim Kim PROPN NNP 4 obj
6 to to PART TO 7 mark
7 praising praise VERB VBG 4 xcomp
8 him he PRON PRP 7 obj
9 . . PUNCT . 2 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "Trump | insult | Kim");
  CHECK_HAS(t, "Trump | praise | him");
}

TEST_CASE("clauses: an adverb with a preposition is one preposition of the verb") {
  auto s = tree(R"(
1 Pence Pence PROPN NNP 2 nsubj
2 sat sit VERB VBD 0 root
3 feet foot NOUN NNS 4 obl:unmarked
4 away away ADV RB 2 advmod
5 from from ADP IN 6 case
6 Kim Kim PROPN NNP 4 obl
7 . . PUNCT . 2 punct)");
  CHECK_HAS(triples(s), "Pence | sit away from | Kim");
}

TEST_CASE("clauses: a relative pronoun on the wrong verb stands for the noun before it") {
  auto s = tree(R"(
1 Pence Pence PROPN NNP 2 nsubj
2 spoke speak VERB VBD 0 root
3 to to ADP IN 4 case
4 Nam Nam PROPN NNP 2 obl
5 , , PUNCT , 8 punct
6 who who PRON WP 8 nsubj:pass
7 was be AUX VBD 8 aux:pass
8 seated seat VERB VBN 2 advcl
9 at at ADP IN 11 case
10 the the DET DT 11 det
11 table table NOUN NN 8 obl
12 . . PUNCT . 2 punct)");
  auto t = triples(s);
  CHECK(any_starts(t, "Nam | be seated at | the table"));
  CHECK(!any_starts(t, "Pence | be seated"));
}

TEST_CASE("clauses: a finite verb conjoined to a noun is the main clause's") {
  // "He took the parents of Otto, who died in detention, and promised sanctions."
  auto s = tree(R"(
1 He he PRON PRP 2 nsubj
2 took take VERB VBD 0 root
3 the the DET DT 4 det
4 parents parent NOUN NNS 2 obj
5 of of ADP IN 6 case
6 Otto Otto PROPN NNP 4 nmod
7 , , PUNCT , 9 punct
8 who who PRON WP 9 nsubj
9 died die VERB VBD 6 acl:relcl
10 in in ADP IN 11 case
11 detention detention NOUN NN 9 obl
12 , , PUNCT , 14 punct
13 and and CCONJ CC 14 cc
14 promised promise VERB VBD 11 conj
15 sanctions sanction NOUN NNS 14 obj
16 . . PUNCT . 2 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "He | promise | sanctions");
  CHECK(!any_starts(t, "Otto | promise"));
}

TEST_CASE("clauses: a subject stranded in the phrase before the verb") {
  // "Regardless of U.S. response, North Korea seems interested": the parser
  // hung "North Korea" on "response" as an nmod without a preposition.
  auto s = tree(R"(
1 Regardless regardless ADV RB 8 advmod
2 of of ADP IN 4 case
3 U.S. U.S. PROPN NNP 4 compound
4 response response NOUN NN 1 obl
5 , , PUNCT , 6 punct
6 North North PROPN NNP 7 compound
7 Korea Korea PROPN NNP 4 nmod
8 seems seem VERB VBZ 0 root
9 interested interested ADJ JJ 8 xcomp
10 . . PUNCT . 8 punct)");
  const bool stranded = any_starts(triples(s), "North Korea | seem interested");
  CHECK(stranded);

  // "..., engagement, the envoy accused Korea": the envoy as an apposition.
  auto a = tree(R"(
1 Pence Pence PROPN NNP 2 nsubj
2 dodged dodge VERB VBD 0 root
3 engagement engagement NOUN NN 2 obj
4 , , PUNCT , 6 punct
5 the the DET DT 6 det
6 envoy envoy NOUN NN 3 appos
7 accused accuse VERB VBD 2 parataxis
8 Korea Korea PROPN NNP 7 obj
9 . . PUNCT . 2 punct)");
  auto t = triples(a);
  CHECK_HAS(t, "the envoy | accuse | Korea");
  CHECK_HAS(t, "Pence | dodge | engagement");
}

TEST_CASE("clauses: a preposition glued to a hyphen stays in its compound") {
  auto s = tree(R"(
1 They they PRON PRP 2 nsubj
2 found find VERB VBD 0 root
3 an a DET DT 6 det
4 off off ADP IN 6 case
5 - - PUNCT HYPH 4 punct
6 ramp ramp NOUN NN 2 obl
7 . . PUNCT . 2 punct)");
  const std::size_t offsets[][2] = {{0, 4}, {5, 10}, {11, 13}, {14, 17}, {17, 18}, {18, 22}, {22, 23}};
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    s.words[i].start = offsets[i][0];
    s.words[i].end = offsets[i][1];
  }
  CHECK_HAS(triples(s), "They | find | an off-ramp");
}

TEST_CASE("clauses: 'that' as a second object is a complementiser; 'no indication' denies") {
  // "There is no indication that Pence and Kim exchanged pleasantries."
  auto s = tree(R"(
1 There there PRON EX 2 expl
2 is be VERB VBZ 0 root
3 no no DET DT 4 det
4 indication indication NOUN NN 2 nsubj
5 that that PRON WDT 9 obj
6 Pence Pence PROPN NNP 9 nsubj
7 and and CCONJ CC 8 cc
8 Kim Kim PROPN NNP 6 conj
9 exchanged exchange VERB VBD 4 acl:relcl
10 pleasantries pleasantry NOUN NNS 9 obj
11 . . PUNCT . 2 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "Pence | exchange pleasantry with | Kim [neg]");
  CHECK_HAS(t, "Kim | exchange pleasantry with | Pence [neg]");
  // The content clause is no relative clause of "indication".
  for (const auto& x : t) CHECK(x.find("exchange indication") == std::string::npos);
  for (const auto& x : t) CHECK(x.find("| indication") == std::string::npos);
  for (const auto& x : t) CHECK(x.find("| no indication") == std::string::npos);
}

TEST_CASE("clauses: an event between two parties") {
  auto s = tree(R"(
1 They they PRON PRP 2 nsubj
2 want want VERB VBP 0 root
3 a a DET DT 4 det
4 dialogue dialogue NOUN NN 2 obj
5 between between ADP IN 6 case
6 Washington Washington PROPN NNP 4 nmod
7 and and CCONJ CC 8 cc
8 Pyongyang Pyongyang PROPN NNP 6 conj
9 . . PUNCT . 2 punct)");
  CHECK_HAS(triples(s), "Washington | hold dialogue with | Pyongyang");
}

TEST_CASE("clauses: a name inside an oblique's noun is a participant") {
  auto s = tree(R"(
1 Nam Nam PROPN NNP 3 nsubj:pass
2 was be AUX VBD 3 aux:pass
3 seated seat VERB VBN 0 root
4 at at ADP IN 6 case
5 the the DET DT 6 det
6 table table NOUN NN 3 obl
7 as as ADP IN 8 case
8 Pence Pence PROPN NNP 6 nmod
9 . . PUNCT . 3 punct)");
  CHECK_HAS(triples(s), "Nam | be seated at table as | Pence");
}

TEST_CASE("clauses: a person's name hung on a name inside a description") {
  // "... spoke to the head of state at the Games, Kim Yong Nam": the parser
  // put the apposition on "Games".
  auto s = tree(R"(
1 Pence Pence PROPN NNP 2 nsubj
2 spoke speak VERB VBD 0 root
3 to to ADP IN 5 case
4 the the DET DT 5 det
5 head head NOUN NN 2 obl
6 of of ADP IN 7 case
7 state state NOUN NN 5 nmod
8 at at ADP IN 10 case
9 the the DET DT 10 det
10 Games Games PROPN NNPS 7 nmod
11 , , PUNCT , 12 punct
12 Kim Kim PROPN NNP 10 appos
13 Yong Yong PROPN NNP 12 flat
14 Nam Nam PROPN NNP 12 flat
15 . . PUNCT . 2 punct)");
  s.words[9].ner = "U-EVENT";
  s.words[11].ner = "B-PERSON";
  s.words[12].ner = "I-PERSON";
  s.words[13].ner = "L-PERSON";
  auto t = triples(s);
  CHECK_HAS(t, "Pence | speak to | Kim Yong Nam");
  CHECK(any_starts(t, "Kim Yong Nam | be |"));
}

TEST_CASE("clauses: one person is no apposition of a plural noun, unless 'both'") {
  auto s = tree(R"(
1 They they PRON PRP 2 nsubj
2 imposed impose VERB VBD 0 root
3 sanctions sanction NOUN NNS 2 obj
4 , , PUNCT , 5 punct
5 Warmbier Warmbier PROPN NNP 3 appos
6 . . PUNCT . 2 punct)");
  s.words[4].ner = "U-PERSON";
  auto t = triples(s);
  CHECK_HAS(t, "They | impose | sanctions");
  CHECK(!any_starts(t, "They | impose | Warmbier"));
  CHECK(!any_starts(t, "Warmbier | be"));

  auto b = tree(R"(
1 Abe Abe PROPN NNP 4 nsubj
2 , , PUNCT , 6 punct
3 both both DET DT 6 det
4 spoke speak VERB VBD 0 root
5 close close ADJ JJ 6 amod
6 allies ally NOUN NNS 1 appos
7 . . PUNCT . 4 punct)");
  b.words[0].ner = "U-PERSON";
  CHECK(any_starts(triples(b), "Abe | be |"));
}

TEST_CASE("clauses: a conjoined participle shares the passive ('detained and beaten by')") {
  auto s = tree(R"(
1 Otto Otto PROPN NNP 3 nsubj:pass
2 was be AUX VBD 3 aux:pass
3 detained detain VERB VBN 0 root
4 and and CCONJ CC 5 cc
5 beaten beat VERB VBN 3 conj
6 by by ADP IN 7 case
7 guards guard NOUN NNS 5 obl:agent
8 . . PUNCT . 3 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "guards | beat | Otto");
  CHECK(!any_starts(t, "Otto | beat by"));
}

TEST_CASE("clauses: an adjective and the verb it controls make one relation") {
  auto s = tree(R"(
1 He he PRON PRP 3 nsubj
2 is be AUX VBZ 3 cop
3 willing willing ADJ JJ 0 root
4 to to PART TO 5 mark
5 take take VERB VB 3 xcomp
6 a a DET DT 7 det
7 chance chance NOUN NN 5 obj
8 . . PUNCT . 3 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "He | be willing to take | a chance");
  CHECK(!any_starts(t, "He | be to take"));
}

TEST_CASE("clauses: an adverbial clause hung on a noun is not part of the noun's phrase") {
  auto s = tree(R"(
1 They they PRON PRP 2 nsubj
2 made make VERB VBD 0 root
3 moves move NOUN NNS 2 obj
4 , , PUNCT , 7 punct
5 as as SCONJ IN 7 mark
6 Trump Trump PROPN NNP 7 nsubj
7 pivots pivot VERB VBZ 3 advcl
8 . . PUNCT . 2 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "They | make | moves");
}

TEST_CASE("clauses: a name hung on a noun without a comma is the next verb's subject") {
  // "They came with a result President Trump said would never happen."
  auto s = tree(R"(
1 They they PRON PRP 2 nsubj
2 came come VERB VBD 0 root
3 with with ADP IN 5 case
4 a a DET DT 5 det
5 result result NOUN NN 2 obl
6 President President PROPN NNP 7 nmod:desc
7 Trump Trump PROPN NNP 5 appos
8 said say VERB VBD 2 advcl
9 would would AUX MD 11 aux
10 never never ADV RB 11 advmod
11 happen happen VERB VB 8 ccomp
12 . . PUNCT . 2 punct)");
  auto t = triples(s);
  CHECK(any_starts(t, "President Trump | say |"));
  CHECK(!any_starts(t, "They | say"));
  CHECK(!any_starts(t, "President Trump | be"));
  CHECK(!any_starts(t, "They | come with | President Trump"));
}

TEST_CASE("clauses: a passive without agent puts 'be' before the participle") {
  auto s = tree(R"(
1 The the DET DT 2 det
2 talks talk NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 called call VERB VBN 0 root
5 off off ADP RP 4 compound:prt
6 . . PUNCT . 4 punct)");
  CHECK(any_starts(triples(s), "The talks | be called off"));
  auto t = tree(R"(
1 They they PRON PRP 2 nsubj
2 seem seem VERB VBP 0 root
3 to to PART TO 5 mark
4 be be AUX VB 5 aux:pass
5 left leave VERB VBN 2 xcomp
6 with with ADP IN 7 case
7 nothing nothing PRON NN 5 obl
8 . . PUNCT . 2 punct)");
  CHECK(any_starts(triples(t), "They | seem to be left with | nothing"));
}

TEST_CASE("clauses: 'neither ... nor' denies the clause for each conjunct") {
  auto s = tree(R"(
1 Neither neither CCONJ CC 2 cc:preconj
2 Russia Russia PROPN NNP 5 nsubj
3 nor nor CCONJ CC 4 cc
4 Ukraine Ukraine PROPN NNP 2 conj
5 commented comment VERB VBD 0 root
6 on on ADP IN 7 case
7 it it PRON PRP 5 obl
8 . . PUNCT . 5 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "Russia | comment on | it [neg]");
  CHECK_HAS(t, "Ukraine | comment on | it [neg]");
}

TEST_CASE("clauses: 'X, whose party lost, appointed Y': the name before the comma is the main subject") {
  auto s = tree(R"(
1 Macron Macron PROPN NNP 5 nsubj
2 , , PUNCT , 1 punct
3 whose whose PRON WP$ 4 nmod:poss
4 party party NOUN NN 5 nsubj
5 lost lose VERB VBD 0 root
6 its its PRON PRP$ 7 nmod:poss
7 majority majority NOUN NN 5 obj
8 , , PUNCT , 9 punct
9 appointed appoint VERB VBD 5 conj
10 Barnier Barnier PROPN NNP 9 obj
11 . . PUNCT . 5 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "Macron | appoint | Barnier");
  CHECK(any_starts(t, "whose party | lose"));
}

TEST_CASE("clauses: a participle with a direct object is active") {
  // "The leaders discussed trade but did not agree", "discussed" parsed as a reduced relative.
  auto s = tree(R"(
1 The the DET DT 2 det
2 leaders leader NOUN NNS 8 nsubj
3 discussed discuss VERB VBN 2 acl
4 trade trade NOUN NN 3 obj
5 but but CCONJ CC 8 cc
6 did do AUX VBD 8 aux
7 not not PART RB 8 advmod
8 agree agree VERB VB 0 root
9 . . PUNCT . 8 punct)");
  CHECK_HAS(triples(s), "The leaders | discuss | trade");
}

TEST_CASE("clauses: only a light verb folds its object's infinitive into the relation") {
  auto s = tree(R"(
1 Iran Iran PROPN NNP 2 nsubj
2 rejected reject VERB VBD 0 root
3 a a DET DT 4 det
4 proposal proposal NOUN NN 2 obj
5 to to PART TO 6 mark
6 revive revive VERB VB 4 acl
7 the the DET DT 8 det
8 deal deal NOUN NN 6 obj
9 . . PUNCT . 2 punct)");
  auto t = triples(s);
  CHECK(any_starts(t, "Iran | reject | a proposal"));
  CHECK(!any_starts(t, "Iran | reject proposal to revive"));
  auto m = tree(R"(
1 Pence Pence PROPN NNP 2 nsubj
2 made make VERB VBD 0 root
3 no no DET DT 4 det
4 effort effort NOUN NN 2 obj
5 to to PART TO 6 mark
6 extend extend VERB VB 4 acl
7 a a DET DT 8 det
8 hand hand NOUN NN 6 obj
9 . . PUNCT . 2 punct)");
  CHECK_HAS(triples(m), "Pence | make effort to extend | a hand [neg]");
}

TEST_CASE("clauses: 'urged him to allow' as a purpose clause is still object control") {
  auto s = tree(R"(
1 Biden Biden PROPN NNP 2 nsubj
2 urged urge VERB VBD 0 root
3 him he PRON PRP 2 obj
4 to to PART TO 5 mark
5 allow allow VERB VB 2 advcl
6 aid aid NOUN NN 5 obj
7 . . PUNCT . 2 punct)");
  auto t = triples(s);
  CHECK_HAS(t, "him | allow | aid");
  CHECK(!any_starts(t, "Biden | allow"));
}

TEST_CASE("clauses: 'be' goes before the verb that is passive ('is expected to meet')") {
  auto s = tree(R"(
1 He he PRON PRP 3 nsubj:pass
2 is be AUX VBZ 3 aux:pass
3 expected expect VERB VBN 0 root
4 to to PART TO 5 mark
5 meet meet VERB VB 3 xcomp
6 Biden Biden PROPN NNP 5 obj
7 . . PUNCT . 3 punct)");
  CHECK_HAS(triples(s), "He | be expected to meet | Biden");
}

TEST_CASE("clauses: object control through a folded verb ('wants to ask Kim to leave')") {
  auto s = tree(R"(
1 Trump Trump PROPN NNP 2 nsubj
2 wants want VERB VBZ 0 root
3 to to PART TO 4 mark
4 ask ask VERB VB 2 xcomp
5 Kim Kim PROPN NNP 4 obj
6 to to PART TO 7 mark
7 leave leave VERB VB 4 xcomp
8 . . PUNCT . 2 punct)");
  auto t = triples(s);
  CHECK(any_starts(t, "Kim | leave"));
  CHECK(!any_starts(t, "Trump | leave"));
}

TEST_CASE("clauses: malformed trees from a user's CoNLL-U neither hang nor read out of range") {
  // A flat cycle before a relative pronoun.
  auto cycle = tree(R"(
1 Kim Kim PROPN NNP 2 flat
2 Jong Jong PROPN NNP 1 flat
3 , , PUNCT , 5 punct
4 who who PRON WP 5 nsubj PronType=Rel
5 left leave VERB VBD 0 root)");
  CHECK_NOTHROW(triples(cycle));
  // A relative clause at the root.
  auto relcl_root = tree(R"(
1 that that PRON WDT 3 obj
2 Pence Pence PROPN NNP 3 nsubj
3 exchanged exchange VERB VBD 0 acl:relcl
4 pleasantries pleasantry NOUN NNS 3 obj)");
  CHECK_NOTHROW(triples(relcl_root));
  // A flat name at the root before a participle.
  auto flat_root = tree(R"(
1 He he PRON PRP 2 nsubj
2 received receive VERB VBD 7 advcl
3 a a DET DT 4 det
4 letter letter NOUN NN 2 obj
5 from from ADP IN 6 case
6 Kim Kim PROPN NNP 0 flat
7 requesting request VERB VBG 2 advcl
8 talks talk NOUN NNS 7 obj)");
  flat_root.words[6].xpos = "VBG";
  CHECK_NOTHROW(triples(flat_root));
}
