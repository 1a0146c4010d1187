#include <algorithm>
#include <sstream>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/nlp/ner.h"
#include "kg/nlp/ner_trainer.h"
#include "kg/nlp/perceptron.h"
// The document rules and title cutting are internal to the recogniser.
#include "../../lib/nlp/ner_context.h"
#include "../../lib/nlp/ner_document.h"
#include "../../lib/nlp/ner_titles.h"
#include "nlp/nlp_test_util.h"
#include "test_support.h"

using namespace kg::nlp;

namespace {

// GUM-style rows: form, UPOS, head, Entity value ("" for none).
struct Row {
  const char* form;
  const char* upos;
  int head;
  const char* entity;
};

std::string gum_sentence(const std::vector<Row>& rows) {
  std::string out;
  int id = 1;
  for (const Row& r : rows) {
    std::string misc = *r.entity ? std::string("Entity=") + r.entity : "_";
    out += std::to_string(id++) + "\t" + r.form + "\t" + r.form + "\t" + r.upos + "\t" + r.upos + "\t_\t" +
           std::to_string(r.head) + "\tdep\t_\t" + misc + "\n";
  }
  return out + "\n";
}

std::string tiny_gum() {
  std::string t;
  for (int rep = 0; rep < 4; ++rep) {
    // "Kim Jong Un met Moon in Seoul ." with a person, a person and a place.
    t += gum_sentence({{"Kim", "PROPN", 4, "(1-person-new-nnnnn-cf1-1,2,3-sgl"},
                       {"Jong", "PROPN", 1, ""},
                       {"Un", "PROPN", 1, "1)"},
                       {"met", "VERB", 0, ""},
                       {"Moon", "PROPN", 4, "(2-person-new-nnnnn-cf1-1-sgl)"},
                       {"in", "ADP", 7, ""},
                       {"Seoul", "PROPN", 4, "(3-place-new-nnnnn-cf1-1-sgl)"},
                       {".", "PUNCT", 4, ""}});
    // A nested name keeps the outermost; the determiner stays outside the name.
    t += gum_sentence({{"the", "DET", 2, "(4-organization-new-nnnnn-cf1-2-sgl"},
                       {"University", "PROPN", 5, ""},
                       {"of", "ADP", 4, ""},
                       {"Portsmouth", "PROPN", 2, "(5-place-new-nnnnn-cf1-1-sgl)4)"},
                       {"hired", "VERB", 0, ""},
                       {"officials", "NOUN", 5, "(6-person-new-nnnnn-cf1-1-sgl)"},
                       {".", "PUNCT", 5, ""}});
    // GUM does not annotate demonym modifiers as named mentions.
    t += gum_sentence({{"North", "PROPN", 2, ""},
                       {"Korean", "ADJ", 3, ""},
                       {"officials", "NOUN", 4, ""},
                       {"spoke", "VERB", 0, ""}});
  }
  return t;
}

struct Setup {
  kg::test::TempDir dir;
  std::filesystem::path train, iso, gaz;
  float prune = 0;
  Setup() {
    train = dir.file("gum.conllu", tiny_gum());
    iso = dir.file("iso.json",
                   R"({"3166-1": [{"alpha_2": "KP", "name": "Korea, Democratic People's Republic of",
                       "common_name": "North Korea"}, {"alpha_2": "KR", "name": "Korea, Republic of"}]})");
    gaz = dir.path() / "gaz";
    std::filesystem::create_directories(gaz);
    dir.file("gaz/capitals.tsv", "# test\nKP\tPyongyang\nKR\tSeoul\n");
    dir.file("gaz/country_aliases.tsv", "KR\tSouth Korea\n");
    dir.file("gaz/demonyms.tsv", "KP\tNorth Korean|North Koreans\n");
    dir.file("gaz/regions.tsv", "LOC\tKorean Peninsula\n");
    dir.file("gaz/titles.tsv", "TITLE\tPresident|Vice President\n");
  }
  std::filesystem::path train_model(const std::string& name, std::uint64_t seed = 1, bool two_pass = false) {
    NerTrainOptions o;
    o.train = {train};
    o.dev = {train};
    o.output = dir.path() / name;
    o.iso_codes = iso;
    o.gazetteer_dir = gaz;
    o.seed = seed;
    o.epochs = 4;
    o.two_pass = two_pass;
    o.prune = prune;
    o.command = "test";
    std::ostringstream log;
    train_ner(o, log);
    return o.output;
  }
};

Sentence tagged(const std::vector<std::pair<const char*, const char*>>& words) {
  Sentence s;
  for (auto [f, u] : words) {
    Word w;
    w.form = f;
    w.upos = u;
    w.xpos = u;
    s.words.push_back(w);
  }
  return s;
}

}  // namespace

TEST_CASE("ner: GUM entity spans become named mentions") {
  auto sents = parse_conllu(tiny_gum(), "gum.conllu");
  auto m0 = gum_named_mentions(sents[0], "gum.conllu");
  REQUIRE(m0.size() == 3);
  CHECK(m0[0] == Mention{0, 2, "PERSON"});
  CHECK(m0[1] == Mention{4, 4, "PERSON"});
  CHECK(m0[2] == Mention{6, 6, "GPE"});
  auto m1 = gum_named_mentions(sents[1], "gum.conllu");
  REQUIRE(m1.size() == 1);  // "officials" is not named; Portsmouth is nested
  CHECK(m1[0] == Mention{1, 3, "ORG"});
  Sentence bad = sents[0];
  bad.words[0].misc = "Entity=2)";
  CHECK_THROWS_AS(gum_named_mentions(bad, "gum.conllu"), kg::Error);
}

TEST_CASE("ner: cut_titles leaves a person's title (GUM nmod:desc) out of the name; a place keeps it") {
  auto rows = [](const char* etype) {
    const std::string open = std::string("(1-") + etype + "-new-nnnnn-cf1-1,2,3,4-sgl";
    std::string deprels[] = {"compound", "nmod:desc", "nsubj", "flat"};
    std::string t = gum_sentence({{"Vice", "PROPN", 2, open.c_str()}, {"President", "PROPN", 3, ""},
                                  {"Mike", "PROPN", 5, ""}, {"Pence", "PROPN", 3, "1)"}, {"spoke", "VERB", 0, ""}});
    // gum_sentence writes "dep" relations: set the real ones.
    for (const std::string& d : deprels) t.replace(t.find("\tdep\t"), 5, "\t" + d + "\t");
    return parse_conllu(t, "gum.conllu")[0];
  };
  auto person = gum_named_mentions(rows("person"), "gum.conllu", true);
  REQUIRE(person.size() == 1);
  CHECK(person[0] == Mention{2, 3, "PERSON"});
  auto titled = gum_named_mentions(rows("person"), "gum.conllu");
  REQUIRE(titled.size() == 1);
  CHECK(titled[0] == Mention{0, 3, "PERSON"});
  auto place = gum_named_mentions(rows("place"), "gum.conllu", true);
  REQUIRE(place.size() == 1);
  CHECK(place[0] == Mention{0, 3, "GPE"});
}

TEST_CASE("ner: BILOU tags decode to mentions, leniently") {
  Sentence s = tagged({{"a", "X"}, {"b", "X"}, {"c", "X"}, {"d", "X"}, {"e", "X"}});
  const char* tags[] = {"B-PERSON", "L-PERSON", "O", "U-GPE", "I-ORG"};
  for (int i = 0; i < 5; ++i) s.words[static_cast<std::size_t>(i)].ner = tags[i];
  auto m = mentions_from_bilou(s);
  REQUIRE(m.size() == 3);
  CHECK(m[0] == Mention{0, 1, "PERSON"});
  CHECK(m[1] == Mention{3, 3, "GPE"});
  CHECK(m[2] == Mention{4, 4, "ORG"});
}

TEST_CASE("ner: tiny training run, gazetteer demonyms, determinism") {
  Setup setup;
  auto path = setup.train_model("ner.kgm", 3);
  EntityRecognizer ner = EntityRecognizer::load(path);
  Sentence s = tagged({{"Kim", "PROPN"}, {"Jong", "PROPN"}, {"Un", "PROPN"}, {"met", "VERB"}, {"Moon", "PROPN"},
                       {"in", "ADP"}, {"Seoul", "PROPN"}, {".", "PUNCT"}});
  ner.tag(s);
  auto m = ner.mentions(s);
  CHECK(std::find(m.begin(), m.end(), Mention{0, 2, "PERSON"}) != m.end());
  CHECK(std::find(m.begin(), m.end(), Mention{6, 6, "GPE"}) != m.end());
  Sentence n = tagged({{"North", "PROPN"}, {"Korean", "ADJ"}, {"officials", "NOUN"}, {"spoke", "VERB"}});
  ner.tag(n);
  auto nm = ner.mentions(n);
  REQUIRE(!nm.empty());
  CHECK(nm[0] == Mention{0, 1, "NORP"});
  CHECK(kg::read_file(path) == kg::read_file(setup.train_model("again.kgm", 3)));
  CHECK(ner.header().at("context_features").rfind("yes", 0) == 0);
}

TEST_CASE("ner: pruning drops small weights") {
  Setup setup;
  auto full = setup.train_model("full.kgm");
  setup.prune = 1.5f;
  auto pruned = setup.train_model("pruned.kgm");
  CHECK(std::filesystem::file_size(pruned) < std::filesystem::file_size(full));
  EntityRecognizer ner = EntityRecognizer::load(pruned);
  CHECK(ner.header().at("prune") == "1.50");
}

TEST_CASE("ner: robustness and loader errors") {
  Setup setup;
  auto path = setup.train_model("ner.kgm");
  EntityRecognizer ner = EntityRecognizer::load(path);
  std::vector<std::pair<const char*, const char*>> many;
  for (int i = 0; i < 1000; ++i) many.push_back(i % 3 ? std::make_pair("Zürich", "PROPN") : std::make_pair("東京", "X"));
  Sentence longs = tagged(many);
  ner.tag(longs);
  for (const auto& w : longs.words) CHECK(!w.ner.empty());
  Sentence punct = tagged({{"!", "PUNCT"}, {"?", "PUNCT"}});
  ner.tag(punct);
  for (const auto& w : punct.words) CHECK(!w.ner.empty());
  std::string data = kg::read_file(path);
  CHECK_THROWS_AS(EntityRecognizer::load_bytes(data.substr(0, data.size() / 2), "cut.kgm"), kg::Error);
  CHECK_THROWS_AS(EntityRecognizer::load(setup.dir.path() / "none.kgm"), kg::Error);
}

TEST_CASE("ner: gazetteer files with an unknown country code name the line") {
  Setup setup;
  setup.dir.file("gaz/capitals.tsv", "KP\tPyongyang\nZZ\tNowhere\n");
  try {
    setup.train_model("ner.kgm");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("capitals.tsv: line 2") != std::string::npos);
  }
}

TEST_CASE("ner: scores count exact span and type") {
  std::vector<std::vector<Mention>> gold = {{{0, 1, "PERSON"}, {3, 3, "GPE"}}};
  std::vector<std::vector<Mention>> pred = {{{0, 1, "PERSON"}, {3, 3, "ORG"}}};
  auto s = score_mentions(gold, pred);
  CHECK(s["core"].correct == 1);
  CHECK(s["core"].p() == doctest::Approx(50.0));
  CHECK(s["PERSON"].f1() == doctest::Approx(100.0));
}

namespace {

// Documents where only the other sentence tells whether a made-up name is a
// person ("Mr. Zorbel said .") or a place ("They went to Zorbel ."): the
// sentence "Zorbel arrived ." is the same in both.
std::string context_documents() {
  const char* syllables[] = {"Zor", "Quel", "Vant", "Brim", "Dask", "Ulm", "Fenn", "Gorv", "Hask", "Jurn", "Kelt", "Lorn"};
  std::string t;
  for (int d = 0; d < 48; ++d) {
    const std::string name = std::string(syllables[d % 12]) + (d < 24 ? "bel" : "ovo") + std::to_string(d);
    const bool person = d % 2 == 0;
    const char* e1 = person ? "(1-person-new-nnnnn-cf1-1-sgl)" : "(1-place-new-nnnnn-cf1-1-sgl)";
    t += "# newdoc id = d" + std::to_string(d) + "\n";
    if (person)
      t += gum_sentence({{"Mr.", "PROPN", 2, "(1-person-new-nnnnn-cf1-1,2-sgl"}, {name.c_str(), "PROPN", 3, "1)"},
                         {"said", "VERB", 0, ""}, {".", "PUNCT", 3, ""}});
    else
      t += gum_sentence({{"They", "PRON", 2, ""}, {"went", "VERB", 0, ""}, {"to", "ADP", 4, ""},
                         {name.c_str(), "PROPN", 2, e1}, {".", "PUNCT", 2, ""}});
    t += gum_sentence({{name.c_str(), "PROPN", 2, e1}, {"arrived", "VERB", 0, ""}, {".", "PUNCT", 2, ""}});
  }
  return t;
}

}  // namespace

TEST_CASE("ner: the second pass types a name from the rest of the document") {
  Setup setup;
  setup.train = setup.dir.file("docs.conllu", context_documents());
  EntityRecognizer ner = EntityRecognizer::load(setup.train_model("docs.kgm", 1, true));
  CHECK(ner.header().at("passes").rfind("2", 0) == 0);
  auto arrived = [] { return tagged({{"Zyxel", "PROPN"}, {"arrived", "VERB"}, {".", "PUNCT"}}); };
  std::vector<Sentence> person = {tagged({{"Mr.", "PROPN"}, {"Zyxel", "PROPN"}, {"said", "VERB"}, {".", "PUNCT"}}),
                                  arrived()};
  std::vector<Sentence> place = {
      tagged({{"They", "PRON"}, {"went", "VERB"}, {"to", "ADP"}, {"Zyxel", "PROPN"}, {".", "PUNCT"}}), arrived()};
  ner.tag_document(person);
  ner.tag_document(place);
  CHECK(person[1].words[0].ner == "U-PERSON");
  CHECK(place[1].words[0].ner == "U-GPE");
  // Alone, the sentence is one document: tag() and tag_document() agree.
  Sentence alone = arrived();
  std::vector<Sentence> one = {arrived()};
  ner.tag(alone);
  ner.tag_document(one);
  CHECK(alone.words[0].ner == one[0].words[0].ner);
}

TEST_CASE("ner: with inner_names, a name on a common-noun head is a training name") {
  // "the actor Zorbel Quan spoke": one GUM mention headed by "actor".
  std::string t = gum_sentence({{"the", "DET", 2, "(1-person-new-nnnnn-cf1-1,2,3,4-sgl"},
                                {"actor", "NOUN", 5, ""},
                                {"Zorbel", "PROPN", 2, ""},
                                {"Quan", "PROPN", 3, "1)"},
                                {"spoke", "VERB", 0, ""}});
  t.replace(t.find("\tdep\t", t.find("Zorbel")), 5, "\tflat\t");
  const Sentence s = parse_conllu(t, "gum.conllu")[0];
  CHECK(gum_named_mentions(s, "gum.conllu").empty());  // evaluation: GUM's mention has no proper-noun head
  auto inner = gum_named_mentions(s, "gum.conllu", false, true);
  REQUIRE(inner.size() == 1);
  CHECK(inner[0] == Mention{2, 3, "PERSON"});
}

namespace {

Sentence with_tags(const std::vector<std::pair<const char*, const char*>>& words) {
  Sentence s;
  for (auto [form, tag] : words) {
    Word w;
    w.form = form;
    w.ner = tag;
    s.words.push_back(w);
  }
  return s;
}

}  // namespace

TEST_CASE("ner: a multi-word name found in one sentence is a mention where it recurs untagged") {
  std::vector<Sentence> doc = {
      with_tags({{"Zorbel", "B-PERSON"}, {"Quan", "L-PERSON"}, {"spoke", "O"}}),
      with_tags({{"the", "O"}, {"envoy", "O"}, {"Zorbel", "O"}, {"Quan", "O"}, {"left", "O"}}),
      // A longer capitalised name and a lone first name are not repeats.
      with_tags({{"Zorbel", "O"}, {"Quan", "O"}, {"Tower", "O"}, {"and", "O"}, {"Zorbel", "O"}, {"left", "O"}}),
  };
  ner_detail::repeat_names(doc);
  CHECK(doc[1].words[2].ner == "B-PERSON");
  CHECK(doc[1].words[3].ner == "L-PERSON");
  for (const Word& w : doc[2].words) CHECK(w.ner == "O");
}

TEST_CASE("ner: cut_titles leaves the title and the demonym before it out of a person's mention") {
  using ner_detail::cut_titles;
  const GazetteerMatch none{}, title_b{kGazTitle, 1}, title_l{kGazTitle, 3}, title_u{kGazTitle, 4};
  const GazetteerMatch norp_b{kGazNorp, 1}, norp_l{kGazNorp, 3};
  Sentence vp = with_tags({{"Vice", "B-PERSON"}, {"President", "I-PERSON"}, {"Zorbel", "I-PERSON"}, {"Quan", "L-PERSON"}});
  cut_titles(vp, {title_b, title_l, none, none});
  CHECK(mentions_from_bilou(vp) == std::vector<Mention>{{2, 3, "PERSON"}});
  // Tagged as one place: demonym + title + name is still a person's name after a title.
  Sentence nk = with_tags({{"North", "B-LOC"}, {"Korean", "I-LOC"}, {"President", "I-LOC"}, {"Vant", "I-LOC"},
                           {"Brim", "L-LOC"}});
  cut_titles(nk, {norp_b, norp_l, title_u, none, none});
  CHECK(mentions_from_bilou(nk) == std::vector<Mention>{{0, 1, "NORP"}, {3, 4, "PERSON"}});
  // An organisation starting with a title word, and a title alone, stay as they are.
  Sentence gm = with_tags({{"President", "B-ORG"}, {"Hotels", "L-ORG"}});
  cut_titles(gm, {title_u, none});
  CHECK(mentions_from_bilou(gm) == std::vector<Mention>{{0, 1, "ORG"}});
  Sentence office = with_tags({{"President", "B-PERSON"}, {"of", "I-PERSON"}, {"Zorbelia", "L-PERSON"}});
  cut_titles(office, {title_u, none, none});
  CHECK(mentions_from_bilou(office) == std::vector<Mention>{{0, 2, "PERSON"}});
  Sentence alone = with_tags({{"Vice", "B-PERSON"}, {"President", "L-PERSON"}, {"spoke", "O"}});
  cut_titles(alone, {title_b, title_l, none});
  CHECK(mentions_from_bilou(alone) == std::vector<Mention>{{0, 1, "PERSON"}});
}

TEST_CASE("ner: context aggregation sees the words around the same form in the document's other sentences") {
  std::vector<Sentence> doc = {with_tags({{"in", "O"}, {"Coronel", "O"}, {".", "O"}}),
                               with_tags({{"Coronel", "O"}, {"Island", "O"}}),
                               with_tags({{"Coronel", "O"}, {"arrived", "O"}})};
  ner_detail::ContextAtoms rows;
  ner_detail::context_atoms(doc, rows);
  REQUIRE(rows.size() == 3);
  const ner_detail::ContextRow& third = rows[2][0];
  // Before: "in" once and the sentence start once (the other sentences);
  // after: "." and "island" once each, not its own "arrived".
  const std::uint64_t* before = third.data();
  const std::uint64_t* after = third.data() + ner_detail::kContextWords;
  const auto n = static_cast<std::ptrdiff_t>(ner_detail::kContextWords);
  CHECK(std::count(before, before + n, hash_text("in")) == 1);
  CHECK(std::count(after, after + n, hash_text("island")) == 1);
  CHECK(std::count(after, after + n, hash_text("arrived")) == 0);
  CHECK(rows[0][0] == ner_detail::ContextRow{});  // lowercase words have no row
}

TEST_CASE("ner: tag_document cuts titles off person names unless asked to keep GUM's convention") {
  Setup setup;
  std::string t;
  for (int rep = 0; rep < 6; ++rep)
    t += gum_sentence({{"President", "PROPN", 3, "(1-person-new-nnnnn-cf1-1,2,3-sgl"},
                       {"Zorbel", "PROPN", 3, ""},
                       {"Quan", "PROPN", 4, "1)"},
                       {"spoke", "VERB", 0, ""},
                       {".", "PUNCT", 4, ""}});
  setup.train = setup.dir.file("titles.conllu", t);
  EntityRecognizer ner = EntityRecognizer::load(setup.train_model("titles.kgm"));
  auto sentence = [] {
    return std::vector<Sentence>{
        tagged({{"President", "PROPN"}, {"Zorbel", "PROPN"}, {"Quan", "PROPN"}, {"spoke", "VERB"}, {".", "PUNCT"}})};
  };
  auto keep = sentence(), cut = sentence();
  ner.tag_document(keep, EntityRecognizer::Titles::kKeep);
  ner.tag_document(cut);
  CHECK(ner.mentions(keep[0]) == std::vector<Mention>{{0, 2, "PERSON"}});
  CHECK(ner.mentions(cut[0]) == std::vector<Mention>{{1, 2, "PERSON"}});
}
