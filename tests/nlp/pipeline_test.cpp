// Pipeline loading errors and, with the committed models, offsets and trees.
#include <doctest/doctest.h>

#include <filesystem>

#include "kg/base/error.h"
#include "kg/nlp/pipeline.h"
#include "kg/text/tokenizer.h"
#include "test_support.h"

using namespace kg::nlp;

TEST_CASE("pipeline: a missing models directory or model file is named") {
  auto dir = std::filesystem::temp_directory_path() / "kg-pipeline-test-missing";
  CHECK_THROWS_WITH_AS(Pipeline::load(dir), doctest::Contains(dir.string().c_str()), kg::Error);
  std::filesystem::create_directories(dir);
  CHECK_THROWS_WITH_AS(Pipeline::load(dir), doctest::Contains("tagger.kgm"), kg::Error);
  std::filesystem::remove_all(dir);
}

TEST_CASE("pipeline: words carry their byte offsets and every sentence is a tree") {
  auto models = kg::test::source_dir() / "models";
  for (const char* m : {"tagger.kgm", "lemmatizer.kgm", "parser.kgm", "ner.kgm", "splitter.kgm"})
    if (!std::filesystem::exists(models / m)) {
      MESSAGE("skipped: models/" << m << " is absent");
      return;
    }
  Pipeline p = Pipeline::load(models);
  kg::text::Document doc;
  doc.id = "t";
  doc.text = "North Korea didn\xE2\x80\x99t respond. Officials in Seoul said talks would resume on Monday.";
  kg::text::TokenizeOptions opt;
  opt.keep_boilerplate = true;
  auto sentences = p.annotate(doc, kg::text::tokenize(doc, opt));
  REQUIRE(sentences.size() == 2);
  for (const Sentence& s : sentences) {
    int roots = 0;
    for (const Word& w : s.words) {
      REQUIRE(w.end <= doc.text.size());
      CHECK(w.start < w.end);
      roots += w.head == 0;
      CHECK(w.head >= 0);
      CHECK(!w.upos.empty());
    }
    CHECK(roots == 1);
  }
  CHECK(doc.text.substr(sentences[1].words[2].start, sentences[1].words[2].end - sentences[1].words[2].start) == "Seoul");
}
