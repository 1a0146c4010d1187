#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/text/boilerplate.h"
#include "kg/text/splitter.h"
#include "text/text_test_support.h"

using kg::test::sentence_texts;
using V = std::vector<std::string>;

TEST_CASE("splitter: full stops, abbreviations and initials") {
  CHECK(sentence_texts("Mr. Kim met Dr. Moon in the U.S. capital. They talked.") ==
        V{"Mr. Kim met Dr. Moon in the U.S. capital.", "They talked."});
  CHECK(sentence_texts("The report by D. Parvaz was published. It was long.") ==
        V{"The report by D. Parvaz was published.", "It was long."});
  CHECK(sentence_texts("Is it over? Yes! It is.") == V{"Is it over?", "Yes!", "It is."});
}

TEST_CASE("splitter: quotes and brackets after the stop stay with the sentence") {
  CHECK(sentence_texts("He said \"we will go.\" Then he left.") == V{"He said \"we will go.\"", "Then he left."});
  CHECK(sentence_texts("It is \xE2\x80\x9Cpointless.\xE2\x80\x9D Instead, he waited.") ==
        V{"It is \xE2\x80\x9Cpointless.\xE2\x80\x9D", "Instead, he waited."});
  CHECK(sentence_texts("(This was expected.) The talks resumed.") == V{"(This was expected.)", "The talks resumed."});
}

TEST_CASE("splitter: headlines and paragraph breaks end sentences") {
  auto t = kg::test::tokenize("Koreas meet for talks\n\nThe leaders met on Friday. They agreed\n\nA new line");
  REQUIRE(t.sentences.size() == 4);
  CHECK(t.sentences[0].headline);
  CHECK_FALSE(t.sentences[1].headline);
  CHECK(t.sentences[2].headline);
  CHECK(sentence_texts("Headline Without Stop\nThe body starts here. It goes on.") ==
        V{"Headline Without Stop", "The body starts here.", "It goes on."});
}

TEST_CASE("splitter: the model file loads, and a missing one is a clear error") {
  CHECK(kg::test::splitter().hash_bits() >= 8);
  CHECK_THROWS_WITH_AS(kg::text::SentenceSplitter::load("/nonexistent/splitter.kgm"),
                       doctest::Contains("sentence splitter model not found"), kg::Error);
  auto d = kg::test::fresh_dir("badmodel");
  kg::write_file_atomic(d / "splitter.kgm", "KGMODEL");
  CHECK_THROWS_AS(kg::text::SentenceSplitter::load(d / "splitter.kgm"), kg::Error);
  std::filesystem::remove_all(d);
}

TEST_CASE("splitter: save and load give the same weights") {
  auto d = kg::test::fresh_dir("savemodel");
  std::vector<float> w(1u << 8, 0.0f);
  w[3] = 1.5f;
  w[200] = -2.0f;
  kg::text::SentenceSplitter s(8, w);
  s.save(d / "m.kgm", {{"seed", "1"}});
  auto r = kg::text::SentenceSplitter::load(d / "m.kgm");
  CHECK(r.weights() == w);
  std::filesystem::remove_all(d);
}

TEST_CASE("boilerplate: ads, captions, credits, URLs, tweets and bylines are recognised") {
  const std::string text =
      "Advertisement\n"
      "Kim met Moon on Friday.\n"
      "A soldier shakes hands. CREDIT: Photo handout/Getty Images.\n"
      "Protesters march in Seoul. (AP Photo/Ahn Young-joon)\n"
      "https://example.com/story\n"
      "/cdn.example.com/uploads/image/123.jpg)\n"
      "This is how close they sat. pic.twitter.com/BvQLnFoYcf\n"
      "\xE2\x80\x94 Will Ripley (@willripleyCNN) February 9, 2018\n"
      "Author: D. Parvaz\n"
      "By Jane Doe\n"
      "By then, the talks had failed.\n";
  auto b = kg::text::find_boilerplate(text);
  std::vector<std::string> kinds;
  for (const auto& x : b) kinds.push_back(x.kind);
  CHECK(kinds == V{"advertisement", "caption", "caption", "url", "url", "tweet", "tweet", "byline", "byline"});
  CHECK(text.substr(b[0].start, b[0].end - b[0].start) == "Advertisement");
  CHECK(sentence_texts(text) == V{"Kim met Moon on Friday.", "By then, the talks had failed."});
  CHECK(sentence_texts(text, true).size() > 5);
}

TEST_CASE("boilerplate: the tweet text above its signature line is part of the embed") {
  const std::string text =
      "Prose before.\n\nLook at this photo of the ceremony.\n"
      "\xE2\x80\x94 Some One (@someone) March 5, 2018\nProse after.";
  CHECK(sentence_texts(text) == V{"Prose before.", "Prose after."});
}

TEST_CASE("seed articles: no boilerplate inside sentences, every headline on its own") {
  for (const auto& entry : std::filesystem::directory_iterator(kg::test::source_dir() / "examples" / "articles")) {
    const std::string text = kg::read_file(entry.path());
    auto t = kg::test::tokenize(text);
    for (const auto& s : t.sentences) {
      const std::string st = text.substr(s.start, s.end - s.start);
      CHECK(st.find("Advertisement") == std::string::npos);
      CHECK(st.find("CREDIT:") == std::string::npos);
      CHECK(st.find("pic.twitter.com") == std::string::npos);
      CHECK(st.find("(@") == std::string::npos);
      CHECK(st.find("Author:") == std::string::npos);
      CHECK(st.find(".jpg") == std::string::npos);
      CHECK(st.find('\n') == std::string::npos);  // every line break in the seeds ends a sentence
    }
    // The first prose line of every article is its headline: one sentence.
    for (const auto& b : t.boilerplate) CHECK(!b.kind.empty());
  }
}
