#include <fstream>
#include <sstream>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/nlp/lemmatizer.h"
#include "kg/nlp/tagger.h"
#include "kg/nlp/tagger_trainer.h"
#include "nlp/nlp_test_util.h"
#include "test_support.h"

using namespace kg::nlp;

namespace {

std::string tiny_treebank() {
  using kg::test::conllu_sentence;
  std::string t;
  for (int rep = 0; rep < 3; ++rep) {
    t += conllu_sentence({"The/the/DET/DT", "president/president/NOUN/NN", "met/meet/VERB/VBD", "the/the/DET/DT",
                          "leaders/leader/NOUN/NNS", "in/in/ADP/IN", "Seoul/Seoul/PROPN/NNP", "././PUNCT/."});
    t += conllu_sentence({"Officials/official/NOUN/NNS", "said/say/VERB/VBD", "the/the/DET/DT",
                          "talks/talk/NOUN/NNS", "were/be/AUX/VBD", "useful/useful/ADJ/JJ", "././PUNCT/."});
    t += conllu_sentence({"She/she/PRON/PRP", "walked/walk/VERB/VBD", "to/to/ADP/IN", "Paris/Paris/PROPN/NNP",
                          "on/on/ADP/IN", "Monday/Monday/PROPN/NNP", "././PUNCT/."});
    t += conllu_sentence({"Talks/talk/NOUN/NNS", "will/will/AUX/MD", "resume/resume/VERB/VB",
                          "soon/soon/ADV/RB", "././PUNCT/."});
  }
  return t;
}

std::filesystem::path train_tiny(const kg::test::TempDir& dir, const std::string& name, std::uint64_t seed) {
  TaggerTrainOptions o;
  o.train = {dir.file("train.conllu", tiny_treebank())};
  o.dev = o.train;
  o.output = dir.path() / name;
  o.seed = seed;
  o.epochs = 4;
  o.command = "test";
  std::ostringstream log;
  train_tagger(o, log);
  CHECK(log.str().find("epoch 4/4") != std::string::npos);
  return o.output;
}

Sentence words(const std::vector<std::string>& forms) {
  Sentence s;
  for (const auto& f : forms) {
    Word w;
    w.form = f;
    s.words.push_back(w);
  }
  return s;
}

}  // namespace

TEST_CASE("tagger: a tiny training run learns its data and round trips") {
  kg::test::TempDir dir;
  auto path = train_tiny(dir, "t.kgm", 1);
  Tagger t = Tagger::load(path);
  CHECK(t.header().at("seed") == "1");
  CHECK(t.header().at("command") == "test");
  Sentence s = words({"The", "president", "met", "the", "leaders", "in", "Seoul", "."});
  t.tag(s);
  CHECK(s.words[1].upos == "NOUN");
  CHECK(s.words[2].xpos == "VBD");
  CHECK(s.words[6].upos == "PROPN");
  CHECK(s.words[7].upos == "PUNCT");
  // The same bytes loaded from memory tag the same way.
  Tagger m = Tagger::load_bytes(kg::read_file(path), "mem");
  Sentence s2 = words({"The", "president", "met", "the", "leaders", "in", "Seoul", "."});
  m.tag(s2);
  for (std::size_t i = 0; i < s.words.size(); ++i) CHECK(s.words[i].xpos == s2.words[i].xpos);
}

TEST_CASE("tagger: same seed gives identical model bytes") {
  kg::test::TempDir dir;
  auto a = train_tiny(dir, "a.kgm", 7);
  auto b = train_tiny(dir, "b.kgm", 7);
  CHECK(kg::read_file(a) == kg::read_file(b));
}

TEST_CASE("tagger: long, punctuation-only, non-ASCII and empty sentences") {
  kg::test::TempDir dir;
  Tagger t = Tagger::load(train_tiny(dir, "t.kgm", 1));
  std::vector<std::string> forms;
  const char* pool[] = {"The", "talks", "in", "Zürich", "naïve", "東京", "😀", "--", "3.5", "said", ""};
  for (int i = 0; i < 1000; ++i) forms.push_back(pool[i % 11]);
  Sentence longs = words(forms);
  t.tag(longs);
  for (const auto& w : longs.words) CHECK(!w.upos.empty());
  Sentence punct = words({"!", "?", "...", "(", ")", "\""});
  t.tag(punct);
  for (const auto& w : punct.words) CHECK(!w.xpos.empty());
  Sentence empty;
  t.tag(empty);
  CHECK(empty.words.empty());
}

TEST_CASE("tagger: missing, truncated and wrong-kind model files are reported") {
  kg::test::TempDir dir;
  auto path = train_tiny(dir, "t.kgm", 1);
  try {
    Tagger::load(dir.path() / "missing.kgm");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("missing.kgm") != std::string::npos);
  }
  std::string data = kg::read_file(path);
  for (std::size_t cut : {std::size_t{5}, data.size() / 3, data.size() - 1}) {
    try {
      Tagger::load_bytes(data.substr(0, cut), "cut.kgm");
      FAIL("no error");
    } catch (const kg::Error& e) {
      CHECK(std::string(e.what()).find("cut.kgm") != std::string::npos);
    }
  }
  try {
    Lemmatizer::load(path);
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("expected a lemmatizer model, found a tagger model") != std::string::npos);
  }
}

TEST_CASE("tagger: scores compare predicted with gold tags") {
  std::vector<Sentence> gold(1), pred(1);
  Word a;
  a.form = "x";
  a.upos = "NOUN";
  a.xpos = "NN";
  a.lemma = "x";
  gold[0].words = {a, a};
  pred[0].words = {a, a};
  pred[0].words[1].upos = "VERB";
  TagScores s = score_tags(gold, pred);
  CHECK(s.words == 2);
  CHECK(s.upos == doctest::Approx(50.0));
  CHECK(s.xpos == doctest::Approx(100.0));
}
