#include <sstream>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/nlp/lemmatizer.h"
#include "nlp/nlp_test_util.h"
#include "test_support.h"

using namespace kg::nlp;

namespace {

std::filesystem::path train_tiny(const kg::test::TempDir& dir, const std::string& name) {
  using kg::test::conllu_sentence;
  std::string t;
  t += conllu_sentence({"He/he/PRON/PRP", "was/be/AUX/VBD", "met/meet/VERB/VBN", "by/by/ADP/IN",
                        "officials/official/NOUN/NNS", "././PUNCT/."});
  t += conllu_sentence({"They/they/PRON/PRP", "met/meet/VERB/VBD", "and/and/CCONJ/CC", "walked/walk/VERB/VBD",
                        "and/and/CCONJ/CC", "talked/talk/VERB/VBD", "././PUNCT/."});
  t += conllu_sentence({"Cats/cat/NOUN/NNS", "and/and/CCONJ/CC", "dogs/dog/NOUN/NNS", "played/play/VERB/VBD",
                        "with/with/ADP/IN", "cities/city/NOUN/NNS", "in/in/ADP/IN", "Americans/American/PROPN/NNPS"});
  t += conllu_sentence({"Leaders/leader/NOUN/NNS", "visited/visit/VERB/VBD", "parties/party/NOUN/NNS",
                        "and/and/CCONJ/CC", "markets/market/NOUN/NNS", "in/in/ADP/IN", "Seoul/Seoul/PROPN/NNP"});
  LemmatizerTrainOptions o;
  o.train = {dir.file("train.conllu", t)};
  o.output = dir.path() / name;
  o.command = "test";
  std::ostringstream log;
  train_lemmatizer(o, log);
  return o.output;
}

std::string lemma(const Lemmatizer& l, const char* form, const char* xpos) {
  std::string out;
  l.lemma(form, xpos, out);
  return out;
}

}  // namespace

TEST_CASE("lemmatizer: irregulars from the data, suffix rules for unseen words") {
  kg::test::TempDir dir;
  Lemmatizer l = Lemmatizer::load(train_tiny(dir, "l.kgm"));
  CHECK(lemma(l, "met", "VBD") == "meet");
  CHECK(lemma(l, "Met", "VBD") == "meet");  // sentence-initial capital
  CHECK(lemma(l, "was", "VBD") == "be");
  CHECK(lemma(l, "jumped", "VBD") == "jump");   // unseen: -ed rule
  CHECK(lemma(l, "birds", "NNS") == "bird");    // unseen: -s rule
  CHECK(lemma(l, "Pyongyang", "NNP") == "Pyongyang");  // proper nouns keep their case
  CHECK(lemma(l, "", "NN") == "");
  CHECK(lemma(l, "東京", "NNP") == "東京");
  Sentence s;
  for (const char* f : {"They", "met"}) {
    Word w;
    w.form = f;
    w.xpos = std::string(f) == "met" ? "VBD" : "PRP";
    s.words.push_back(w);
  }
  l.lemmatize(s);
  CHECK(s.words[1].lemma == "meet");
}

TEST_CASE("lemmatizer: deterministic, and bad files are reported") {
  kg::test::TempDir dir;
  auto a = train_tiny(dir, "a.kgm");
  auto b = train_tiny(dir, "b.kgm");
  std::string data = kg::read_file(a);
  CHECK(data == kg::read_file(b));
  CHECK_THROWS_AS(Lemmatizer::load_bytes(data.substr(0, data.size() - 3), "cut.kgm"), kg::Error);
  CHECK_THROWS_AS(Lemmatizer::load(dir.path() / "none.kgm"), kg::Error);
  CHECK_THROWS_AS(Lemmatizer::load_bytes(data + "x", "long.kgm"), kg::Error);
}
