// Pipeline loading errors and, with the committed models, offsets and trees.
#include <doctest/doctest.h>

#include <filesystem>

#include "kg/base/error.h"
#include "kg/nlp/parse_eval.h"
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

namespace {
bool have_models() {
  auto models = kg::test::source_dir() / "models";
  for (const char* m : {"tagger.kgm", "lemmatizer.kgm", "parser.kgm", "ner.kgm", "splitter.kgm"})
    if (!std::filesystem::exists(models / m)) return false;
  return true;
}
}  // namespace

TEST_CASE("pipeline: a sentence over the parser's limit is parsed in pieces, with a warning") {
  if (!have_models()) {
    MESSAGE("skipped: models are absent");
    return;
  }
  Pipeline p = Pipeline::load(kg::test::source_dir() / "models");
  kg::text::Document doc;
  doc.id = "long";
  doc.source = "feed.jsonl:7";
  doc.text = "The minister resigned. ";
  const std::size_t long_start = doc.text.size();
  // A list without a full stop, as scraped tables and tag clouds come: 1,000 words.
  for (int i = 0; i < 1000; ++i) doc.text += (i % 37 == 36 ? "Paris, " : "people ");
  doc.text += "\n";
  kg::text::TokenizeOptions opt;
  opt.keep_boilerplate = true;
  const auto td = kg::text::tokenize(doc, opt);
  kg::test::WarningCapture warnings;
  auto sentences = p.annotate(doc, td);
  REQUIRE(sentences.size() >= 1 + (td.tokens.size() - 4 + kMaxSentenceWords - 1) / kMaxSentenceWords);
  std::size_t words = 0;
  for (const Sentence& s : sentences) {
    CHECK(s.words.size() <= kMaxSentenceWords);
    words += s.words.size();
    int roots = 0;
    for (const Word& w : s.words) roots += w.head == 0;
    CHECK(roots == 1);
  }
  CHECK(words == td.tokens.size());  // no word dropped
  // Pieces end after a comma when one is near the limit.
  CHECK(sentences[1].words.back().form == ",");
  REQUIRE(warnings.messages.size() == 1);
  const std::string& w = warnings.messages[0];
  CHECK(w.find("feed.jsonl:7: byte " + std::to_string(long_start) + ": ") == 0);
  CHECK(w.find("document 'long'") != std::string::npos);
  CHECK(w.find("limit of " + std::to_string(kMaxSentenceWords) + " words") != std::string::npos);
}

TEST_CASE("pipeline: an empty document or one of only boilerplate gives no sentences and a warning") {
  if (!have_models()) {
    MESSAGE("skipped: models are absent");
    return;
  }
  Pipeline p = Pipeline::load(kg::test::source_dir() / "models");
  kg::text::Document doc;
  doc.id = "blank";
  doc.source = "blank.txt";
  doc.text = " \n\n ";
  kg::test::WarningCapture warnings;
  CHECK(p.annotate(doc, kg::text::tokenize(doc)).empty());
  REQUIRE(warnings.messages.size() == 1);
  CHECK(warnings.messages[0] == "blank.txt: document 'blank' is empty; no sentences");
}

TEST_CASE("pipeline: the committed parser is more accurate with a beam than greedily (EWT dev)") {
  KG_REQUIRE_SHARED();
  if (!have_models()) {
    MESSAGE("skipped: models are absent");
    return;
  }
  Pipeline p = Pipeline::load(kg::test::source_dir() / "models");
  auto gold = read_conllu(kg::test::shared_dir() / "ud" / "en_ewt-ud-dev.conllu");
  gold.resize(std::min<std::size_t>(gold.size(), 600));
  auto las = [&](int beam) {
    p.set_parser_beam(beam);
    ParseScores scores;
    for (const Sentence& g : gold) {
      Sentence s;
      for (const Word& gw : g.words) {
        Word w;
        w.form = gw.form;
        s.words.push_back(w);
      }
      p.annotate(s);
      score_same_words(g, s, scores);
    }
    return scores.f1(scores.las);
  };
  const double greedy = las(1), beam = las(4);
  MESSAGE("EWT dev, first " << gold.size() << " sentences: LAS greedy " << greedy << ", beam 4 " << beam);
  // The beam's scores are calibrated by a temperature; a wrong one makes the
  // beam worse than greedy decoding (by 5 points and more).
  CHECK(beam > greedy + 0.3);
}
