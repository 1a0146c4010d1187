// What the extractor decides once clauses meet actors: which triples a reader
// wants (no circumstance beside a participant, no thing that repeats an actor,
// no actor related to itself), which state a people's word stands for, and
// which members a group ("both countries") has. Hand-written trees, the
// repository's data/ for the gazetteer and lexicons.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "extract/coref_test_util.h"
#include "kg/extract/extractor.h"
#include "test_support.h"

using kg::test::coref::spec_tree;

// spec_tree's lemmas are the lower-cased forms: the relations below read "met",
// "shook hands with".

namespace {

std::set<std::string> extract(const std::vector<kg::nlp::Sentence>& sentences) {
  kg::extract::Extractor ex(kg::extract::ExtractorOptions{});
  kg::text::Document doc;
  doc.id = "d";
  std::set<std::string> out;
  for (const auto& t : ex.extract_parsed(doc, sentences))
    out.insert((t.subject.id.empty() ? t.subject.text : t.subject.id) + " | " + t.relation.lemma + " | " +
               (t.object.id.empty() ? t.object.text : t.object.id) + (t.negated ? " [neg]" : ""));
  return out;
}

std::string all(const std::set<std::string>& t) {
  std::string s;
  for (const auto& x : t) s += "\n  " + x;
  return s;
}

}  // namespace

TEST_CASE("extractor: the people an office belongs to is their state") {
  const auto t = extract({spec_tree(
      "South/PROPN/2/compound/B-NORP Korean/ADJ/3/amod/L-NORP President/PROPN/4/nmod:desc/O "
      "Moon/PROPN/6/nsubj/B-PERSON Jae-in/PROPN/4/flat/L-PERSON spoke/VERB/0/root/O ./PUNCT/6/punct/O")});
  INFO(all(t));
  CHECK(t.count("Moon Jae-in | be president of | South Korea") == 1);
}

TEST_CASE("extractor: a circumstance is no triple beside a participant") {
  const auto t = extract({spec_tree(
      "Pence/PROPN/2/nsubj/U-PERSON met/VERB/0/root/O Kim/PROPN/2/obj/U-PERSON at/ADP/6/case/O the/DET/6/det/O "
      "Olympics/PROPN/2/obl/U-EVENT after/ADP/9/case/O the/DET/9/det/O ceremony/NOUN/2/obl/O ./PUNCT/2/punct/O")});
  INFO(all(t));
  CHECK(t.count("Pence | met | Kim") == 1);
  CHECK(t.size() == 1);
  // Alone, where it happened is what the clause says.
  const auto alone = extract({spec_tree(
      "Pence/PROPN/2/nsubj/U-PERSON spoke/VERB/0/root/O at/ADP/5/case/O the/DET/5/det/O "
      "ceremony/NOUN/2/obl/O ./PUNCT/2/punct/O")});
  INFO(all(alone));
  CHECK(alone.count("Pence | spoke at | the ceremony") == 1);
}

TEST_CASE("extractor: 'shook hands with X' is about X; 'sanctions against X' is a thing") {
  const auto t = extract({spec_tree(
      "Pence/PROPN/2/nsubj/U-PERSON shook/VERB/0/root/O hands/NOUN/2/obj/O with/ADP/5/case/O "
      "Kim/PROPN/3/nmod/U-PERSON ./PUNCT/2/punct/O")});
  INFO(all(t));
  CHECK(t.count("Pence | shook hands with | Kim") == 1);
  CHECK(t.count("Pence | shook | hands with Kim") == 0);
  const auto s = extract({spec_tree(
      "Pence/PROPN/2/nsubj/U-PERSON promised/VERB/0/root/O sanctions/NOUN/2/obj/O against/ADP/5/case/O "
      "Pyongyang/PROPN/3/nmod/U-GPE ./PUNCT/2/punct/O")});
  INFO(all(s));
  CHECK(s.count("Pence | promised | sanctions against Pyongyang") == 1);
}

TEST_CASE("extractor: no actor is related to itself") {
  const auto t = extract({spec_tree(
      "Kim/PROPN/2/nsubj/U-PERSON praised/VERB/0/root/O Kim/PROPN/2/obj/U-PERSON ./PUNCT/2/punct/O")});
  INFO(all(t));
  CHECK(t.empty());
}

TEST_CASE("extractor: 'both countries ... each other' are the last two states named") {
  const auto s1 = spec_tree(
      "Washington/PROPN/2/nsubj/U-GPE warned/VERB/0/root/O North/PROPN/4/compound/B-GPE Korea/PROPN/2/obj/L-GPE "
      "./PUNCT/2/punct/O");
  auto s2 = spec_tree(
      "Both/DET/2/det/O countries/NOUN/3/nsubj/O have/VERB/0/root/O concerns/NOUN/3/obj/O about/ADP/6/case/O "
      "each/DET/4/nmod/O other/ADJ/6/fixed/O ./PUNCT/3/punct/O");
  s2.words[1].lemma = "country";
  const auto t = extract({s1, s2});
  INFO(all(t));
  CHECK(t.count("United States | have concerns about | North Korea") == 1);
  CHECK(t.count("North Korea | have concerns about | United States") == 1);
  for (const auto& x : t) CHECK(x.find("each other") == std::string::npos);
}

TEST_CASE("extractor: a surname tagged as a common noun is the person the text named") {
  const auto s1 = spec_tree(
      "Moon/PROPN/3/nsubj/B-PERSON Jae-in/PROPN/1/flat/L-PERSON spoke/VERB/0/root/O ./PUNCT/3/punct/O");
  const auto s2 = spec_tree(
      "But/CCONJ/3/cc/O Moon/NOUN/3/nsubj/O wants/VERB/0/root/O peace/NOUN/3/obj/O ./PUNCT/3/punct/O");
  const auto t = extract({s1, s2});
  INFO(all(t));
  CHECK(t.count("Moon Jae-in | wants | peace") == 1);
  // Not at the start of a sentence, where every word is capitalised.
  const auto s3 = spec_tree("Moon/NOUN/2/nsubj/O rose/VERB/0/root/O ./PUNCT/2/punct/O");
  const auto u = extract({s1, s3});
  INFO(all(u));
  CHECK(u.count("Moon Jae-in | rose | ") == 0);
}

TEST_CASE("extractor: 'North and South Korean leaders' are the two leaders the text names") {
  const auto s1 = spec_tree(
      "North/PROPN/5/compound/O and/CCONJ/3/cc/O South/PROPN/1/conj/O Korean/ADJ/5/amod/O leaders/NOUN/6/nsubj/O "
      "plan/VERB/0/root/O to/PART/8/mark/O meet/VERB/6/xcomp/O ./PUNCT/6/punct/O");
  // The holders come later: one by a role noun, one written as the state's.
  const auto s2 = spec_tree(
      "North/PROPN/2/compound/B-NORP Korean/ADJ/3/amod/L-NORP leader/NOUN/4/compound/O Kim/PROPN/7/nsubj/B-PERSON "
      "Jong/PROPN/4/flat/I-PERSON Un/PROPN/4/flat/L-PERSON spoke/VERB/0/root/O ./PUNCT/7/punct/O");
  const auto s3 = spec_tree(
      "South/PROPN/2/compound/B-GPE Korea/PROPN/4/nmod:poss/L-GPE 's/PART/2/case/O Moon/PROPN/5/nsubj/U-PERSON "
      "agreed/VERB/0/root/O ./PUNCT/5/punct/O");
  const auto t = extract({s1, s2, s3});
  INFO(all(t));
  CHECK(t.count("Kim Jong Un | plan to meet | Moon") == 1);
  CHECK(t.count("Moon | plan to meet | Kim Jong Un") == 1);
  // A second person the text calls "North Korean leader" leaves it open.
  const auto s4 = spec_tree(
      "North/PROPN/2/compound/B-NORP Korean/ADJ/3/amod/L-NORP leader/NOUN/4/compound/O Kim/PROPN/6/nsubj/B-PERSON "
      "Il/PROPN/4/flat/L-PERSON died/VERB/0/root/O ./PUNCT/6/punct/O");
  const auto u = extract({s1, s2, s3, s4});
  INFO(all(u));
  CHECK(u.count("Kim Jong Un | plan to meet | Moon") == 0);
}

TEST_CASE("extractor: an office a state holds ('the U.S.'s envoy at the U.N.')") {
  const auto t = extract({spec_tree(
      "The/DET/2/det/O U.S./PROPN/5/nmod:poss/U-GPE 's/PART/2/case/O disarmament/NOUN/5/compound/O "
      "envoy/NOUN/9/nsubj/O at/ADP/8/case/O the/DET/8/det/O U.N./PROPN/5/nmod/U-ORG accused/VERB/0/root/O "
      "Pyongyang/PROPN/9/obj/U-GPE ./PUNCT/9/punct/O")});
  INFO(all(t));
  bool of_state = false, at_un = false;
  for (const auto& x : t) {
    of_state = of_state || (x.find("| be envoy of | United States") != std::string::npos);
    at_un = at_un || (x.find("| be envoy at |") != std::string::npos);
  }
  CHECK(of_state);
  CHECK(at_un);
}

TEST_CASE("extractor: a participle right after a name says what the name does") {
  auto s = spec_tree(
      "Washington/PROPN/2/nsubj/U-GPE received/VERB/0/root/O a/DET/4/det/O letter/NOUN/2/obj/O from/ADP/6/case/O "
      "Kim/PROPN/2/obl/U-PERSON requesting/VERB/2/advcl/O talks/NOUN/7/obj/O ./PUNCT/2/punct/O");
  s.words[6].xpos = "VBG";
  const auto t = extract({s});
  INFO(all(t));
  CHECK(t.count("Kim | requesting | talks") == 1);
  CHECK(t.count("United States | requesting | talks") == 0);
}

TEST_CASE("extractor: 'the two leaders' are not the clause's own subject") {
  const auto s1 = spec_tree(
      "Scholz/PROPN/2/nsubj/U-PERSON met/VERB/0/root/O Macron/PROPN/2/obj/U-PERSON ./PUNCT/2/punct/O");
  auto s2 = spec_tree(
      "Zelenskiy/PROPN/2/nsubj/U-PERSON thanked/VERB/0/root/O the/DET/5/det/O two/NUM/5/nummod/O "
      "leaders/NOUN/2/obj/O ./PUNCT/2/punct/O");
  s2.words[4].lemma = "leader";
  const auto t = extract({s1, s2});
  INFO(all(t));
  CHECK(t.count("Zelenskiy | thanked | Scholz") == 1);
  CHECK(t.count("Zelenskiy | thanked | Macron") == 1);
}

TEST_CASE("extractor: 'thousands of protesters' are the protesters") {
  auto s = spec_tree(
      "Thousands/NOUN/4/nsubj/O of/ADP/3/case/O protesters/NOUN/1/nmod/O marched/VERB/0/root/O "
      "against/ADP/6/case/O Sharif/PROPN/4/obl/U-PERSON ./PUNCT/4/punct/O");
  s.words[0].lemma = "thousand";
  s.words[2].lemma = "protester";
  const auto t = extract({s});
  INFO(all(t));
  bool protesters = false;
  for (const auto& x : t) protesters = protesters || x.rfind("protesters | marched against | Sharif", 0) == 0;
  CHECK(protesters);
}

TEST_CASE("extractor: 'the two leaders' may be names the recogniser left untyped") {
  const auto s1 = spec_tree(
      "Boko/PROPN/2/compound/B-PERSON Haram/PROPN/3/nsubj/L-PERSON attacked/VERB/0/root/O ./PUNCT/3/punct/O");
  const auto s2 = spec_tree(
      "Erdogan/PROPN/2/nsubj/O met/VERB/0/root/O Putin/PROPN/2/obj/O ./PUNCT/2/punct/O");
  auto s3 = spec_tree(
      "The/DET/3/det/O two/NUM/3/nummod/O leaders/NOUN/4/nsubj/O discussed/VERB/0/root/O grain/NOUN/4/obj/O "
      "./PUNCT/4/punct/O");
  s3.words[2].lemma = "leader";
  const auto t = extract({s1, s2, s3});
  INFO(all(t));
  CHECK(t.count("Erdogan | discussed | grain") == 1);
  CHECK(t.count("Putin | discussed | grain") == 1);
  CHECK(t.count("Boko Haram | discussed | grain") == 0);
}
