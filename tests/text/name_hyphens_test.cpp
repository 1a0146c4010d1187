// Hyphenated given names kept whole when asked (news text), split by default (UD).
#include <doctest/doctest.h>

#include "text/text_test_support.h"

namespace {

std::string forms(const std::string& text, bool join) {
  kg::text::Document d;
  d.id = "t";
  d.text = text;
  kg::text::TokenizeOptions o;
  o.splitter = &kg::test::splitter();
  o.join_name_hyphens = join;
  const kg::text::TokenizedDocument t = kg::text::tokenize(d, o);
  std::string out;
  for (const kg::text::Sentence& s : t.sentences)
    for (std::uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      const kg::text::Token& k = t.tokens[i];
      out += (out.empty() ? "" : "|") + k.form;
      CHECK(text.substr(k.start, k.end - k.start) == k.form);  // spans still cover the written token
    }
  return out;
}

}  // namespace

TEST_CASE("tokenizer: hyphenated given names stay whole only when asked") {
  CHECK(forms("Moon Jae-in met Kim Jong-un.", false) == "Moon|Jae|-|in|met|Kim|Jong|-|un|.");
  CHECK(forms("Moon Jae-in met Kim Jong-un.", true) == "Moon|Jae-in|met|Kim|Jong-un|.");
  CHECK(forms("South Korea's Jae-in Moon spoke.", true) == "South|Korea|'s|Jae-in|Moon|spoke|.");
  // Not a name: no capitalised word beside it, or parts too long, or a place pair.
  CHECK(forms("a five-minute talk", true) == "a|five|-|minute|talk");
  CHECK(forms("The Korea-Japan talks began.", true) == "The|Korea|-|Japan|talks|began|.");
}
