// End to end on a seed article: text -> pipeline -> clauses -> actor triples.
// Needs the trained models (models/ or $KG_MODELS) and skips without them.
#include <filesystem>
#include <string>
#include <vector>

#include "kg/base/atomic_file.h"
#include "kg/extract/extractor.h"
#include "kg/nlp/pipeline.h"
#include "test_support.h"

namespace {

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("extractor: seed article 000 end to end") {
  const auto models = kg::nlp::default_models_dir();
  if (!std::filesystem::exists(models / "parser.kgm") || !std::filesystem::exists(models / "tagger.kgm")) {
    MESSAGE("skipped: no trained models in " << models.string());
    return;
  }
  const auto article = kg::test::source_dir() / "examples" / "articles" / "000_3544f1758d037f66.txt";
  REQUIRE(std::filesystem::exists(article));
  kg::extract::ExtractorOptions o;
  o.models_dir = models;
  kg::extract::Extractor ex(o);
  kg::text::Document doc;
  doc.id = "000_3544f1758d037f66";
  doc.source = article.string();
  doc.text = kg::read_file(article);
  std::vector<kg::extract::Triple> ts = ex.extract(std::vector<kg::text::Document>{doc});
  REQUIRE(!ts.empty());

  // Provenance: every span lies inside its sentence, inside the text.
  for (const auto& t : ts) {
    CHECK(t.doc == doc.id);
    CHECK(t.sentence_span.end <= doc.text.size());
    CHECK(t.subject.span.start >= t.sentence_span.start);
    CHECK(t.subject.span.end <= t.sentence_span.end);
    CHECK(doc.text.substr(t.subject.span.start, t.subject.span.end - t.subject.span.start).size() > 0);
    CHECK(t.confidence > 0.0);
    CHECK(t.confidence <= 1.0);
    CHECK(t.subject.kind == "actor");
  }

  struct Expect {
    const char* what;
    std::string subject, lemma, object;
    bool negated;
  };
  const std::vector<Expect> expected{
      {"Pence refused to stand up for the anthem", "Pence", "refuse to stand up for", "anthem", false},
      {"Pence made no effort to extend a diplomatic hand", "Pence", "make effort to extend", "hand", true},
      {"Kim Yo Jong delivered the invitation", "Kim Yo Jong", "deliver", "invitation", false},
      {"Moon accepted the invitation", "Moon", "accept", "invitation", false},
      {"Pence did not speak to the head of state", "Pence", "speak to", "head of state", true},
      {"Moon held a reception", "Moon", "hold", "reception", false},
      {"Pence did not speak to Kim Yong Nam", "Pence", "speak to", "Kim Yong Nam", true},
      {"Kim Yo Jong is the sister of Kim Jong Un", "Kim Yo Jong", "be sister of", "Kim Jong", false},
      {"Trump vowed to destroy North Korea", "Trump", "vow to destroy", "North Korea", false},
  };
  int found = 0;
  for (const auto& e : expected) {
    bool hit = false;
    for (const auto& t : ts)
      if ((contains(t.subject.id, e.subject) || contains(t.subject.text, e.subject)) && t.relation.lemma == e.lemma &&
          contains(t.object.text, e.object) && t.negated == e.negated)
        hit = true;
    if (!hit) MESSAGE("missing: " << std::string(e.what));
    found += hit;
  }
  // The parse decides them (with the committed models all 9 are found);
  // a retrained model may lose one, not more.
  CHECK(found >= static_cast<int>(expected.size()) - 1);
}
