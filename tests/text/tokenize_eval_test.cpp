#include "kg/base/error.h"
#include "kg/text/tokenize_eval.h"
#include "kg/text/ud_gold.h"
#include "text/text_test_support.h"

namespace {
std::filesystem::path mini() { return std::filesystem::path(KG_TEST_DATA_DIR) / "text" / "mini.conllu"; }
}  // namespace

TEST_CASE("ud gold: raw text joins sentences by spaces and paragraphs by blank lines") {
  auto docs = kg::text::read_ud_gold(mini());
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "d1");
  CHECK(docs[0].text == "I don't know. He left.\n\nBig News Today");
  REQUIRE(docs[0].tokens.size() == 10);
  CHECK(docs[0].tokens[1].words == std::vector<std::string>{"do", "n't"});
  CHECK(docs[0].sentences[1] == std::make_pair(std::uint32_t{14}, std::uint32_t{22}));
}

TEST_CASE("eval-tokenize: perfect scores on an easy treebank, and the summary line") {
  kg::text::TokenizeOptions o;
  o.splitter = &kg::test::splitter();
  auto s = kg::text::evaluate_tokenizer(mini(), o);
  CHECK(s.tokens.gold == 10);
  CHECK(s.tokens.f1() == doctest::Approx(100));
  CHECK(s.words.gold == 11);
  CHECK(s.words.f1() == doctest::Approx(100));
  CHECK(s.sentences.f1() == doctest::Approx(100));
  const std::string report = kg::text::format_scores(s);
  CHECK(report.find("tokenize: tokens_f1=100.00 words_f1=100.00 sentences_f1=100.00\n") != std::string::npos);
}

TEST_CASE("eval-tokenize: a token that contradicts # text is an error with its line") {
  auto d = kg::test::fresh_dir("badgold");
  kg::test::write(d / "g.conllu", "# text = Hello there\n1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n2\tworld\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  CHECK_THROWS_WITH_AS(kg::text::read_ud_gold(d / "g.conllu"), doctest::Contains("g.conllu: line 3: token 'world'"),
                       kg::Error);
  std::filesystem::remove_all(d);
}

TEST_CASE("eval-tokenize: EWT test and GUM dev reach the targets") {
  KG_REQUIRE_SHARED();
  kg::text::TokenizeOptions o;
  o.splitter = &kg::test::splitter();
  auto ewt = kg::text::evaluate_tokenizer(kg::test::shared_dir() / "ud" / "en_ewt-ud-test.conllu", o);
  CHECK(ewt.tokens.f1() >= 99.0);
  CHECK(ewt.sentences.f1() >= 86.0);
  auto gum = kg::text::evaluate_tokenizer(kg::test::shared_dir() / "ud" / "en_gum-ud-dev.conllu", o);
  CHECK(gum.tokens.f1() >= 99.0);
  CHECK(gum.sentences.f1() >= 94.0);
}
