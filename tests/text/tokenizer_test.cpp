#include <chrono>

#include "kg/base/atomic_file.h"
#include "kg/text/normalize.h"
#include "text/text_test_support.h"

using kg::test::token_string;

TEST_CASE("tokenizer: clitics are words of one multiword token (UD English)") {
  CHECK(token_string("I don't know.") == "I|do+n't|know|.");
  CHECK(token_string("We can't, they won't.") == "We|ca+n't|,|they|wo+n't|.");
  CHECK(token_string("Korea's leader") == "Korea+'s|leader");
  CHECK(token_string("they're, we've, I'll, she'd, I'm") == "they+'re|,|we+'ve|,|I+'ll|,|she+'d|,|I+'m");
  CHECK(token_string("it\xE2\x80\x99s") == "it+\xE2\x80\x99s");  // curly apostrophe
  CHECK(token_string("the Edwards' campaign") == "the|Edwards+'|campaign");
  CHECK(token_string("I cannot, gonna") == "I|can+not|,|gon+na");
  CHECK(token_string("dont") == "do+nt");
  CHECK(token_string("O'Neill said") == "O'Neill|said");
  CHECK(token_string("the 80's") == "the|80's");
}

TEST_CASE("tokenizer: hyphens split except after prefixes (EWT/GUM)") {
  CHECK(token_string("Moon Jae-in") == "Moon|Jae|-|in");
  CHECK(token_string("Kim Jong-un") == "Kim|Jong|-|un");
  CHECK(token_string("high-water mark") == "high|-|water|mark");
  CHECK(token_string("e-mail non-profit co-founder") == "e-mail|non-profit|co-founder");
  CHECK(token_string("a 20-minute call") == "a|20|-|minute|call");
}

TEST_CASE("tokenizer: numbers") {
  CHECK(token_string("29,000 troops") == "29,000|troops");
  CHECK(token_string("3.5 percent") == "3.5|percent");
  CHECK(token_string("the 1950-53 war") == "the|1950|-|53|war");
  CHECK(token_string("call 713-853-3989 or 853-3989") == "call|713-853-3989|or|853-3989");
  CHECK(token_string("$5 and 10%") == "$|5|and|10|%");
  CHECK(token_string("at 10:30") == "at|10:30");
  CHECK(token_string("August 11,2000") == "August|11|,|2000");
}

TEST_CASE("tokenizer: abbreviations and initials keep their stop") {
  CHECK(token_string("the U.S. and the U.N. met") == "the|U.S.|and|the|U.N.|met");
  CHECK(token_string("Mr. Kim, Dec. 5") == "Mr.|Kim|,|Dec.|5");
  CHECK(token_string("Author: D. Parvaz") == "Author|:|D.|Parvaz");
  CHECK(token_string("e.g. this") == "e.g.|this");
  CHECK(token_string("No. 5 and no.") == "No.|5|and|no|.");
  CHECK(token_string("It ended.") == "It|ended|.");
}

TEST_CASE("tokenizer: a sentence-final abbreviation lends its stop to the sentence") {
  auto t = kg::test::tokenize("They sell pens, paper, etc.\n\nNext one.");
  std::string s;
  for (const auto& tok : t.tokens) s += tok.form + "|";
  CHECK(s == "They|sell|pens|,|paper|,|etc|.|Next|one|.|");
}

TEST_CASE("tokenizer: URLs, e-mail addresses, handles and hashtags stay whole") {
  CHECK(token_string("See https://example.com/a?b=1.") == "See|https://example.com/a?b=1|.");
  CHECK(token_string("(www.kg.org/x)") == "(|www.kg.org/x|)");
  CHECK(token_string("pic.twitter.com/BvQLnFoYcf") == "pic.twitter.com/BvQLnFoYcf");
  CHECK(token_string("mail jane.doe@example.co.uk.") == "mail|jane.doe@example.co.uk|.");
  CHECK(token_string("(@willripleyCNN) #Olympics") == "(|@willripleyCNN|)|#Olympics");
  CHECK(token_string("Wikipedia (https://en.wikipedia.org/wiki/A_(b))") ==
        "Wikipedia|(|https://en.wikipedia.org/wiki/A_(b)|)");
}

TEST_CASE("tokenizer: punctuation, quotes, ellipses and emoticons") {
  CHECK(token_string("\"Yes,\" he said...") == "\"|Yes|,|\"|he|said|...");
  CHECK(token_string("\xE2\x80\x9CNo\xE2\x80\x9D") == "\xE2\x80\x9C|No|\xE2\x80\x9D");
  CHECK(token_string("What?! Really!!!") == "What|?!|Really|!!!");
  CHECK(token_string("a \xE2\x80\x94 b -- c") == "a|\xE2\x80\x94|b|--|c");
  CHECK(token_string("great :) thanks :-)") == "great|:)|thanks|:-)");
  CHECK(token_string("and/or b/c") == "and|/|or|b/c");
}

TEST_CASE("tokenizer: forms are normalised, offsets point at the original bytes") {
  const std::string text = "\xEF\xBB\xBF\xE2\x80\x9CIt\xE2\x80\x99s\xC2\xA0" "fine\xE2\x80\x9D \xE2\x80\x94 Caf" "e\xCC\x81.\r\n";
  auto tokens = kg::text::tokenize_text(text);
  std::vector<std::string> forms;
  for (const auto& t : tokens) forms.push_back(t.form);
  CHECK(forms == std::vector<std::string>{"\"", "It", "'s", "fine", "\"", "--", "Caf\xC3\xA9", "."});
  CHECK(text.substr(tokens[2].start, tokens[2].end - tokens[2].start) == "\xE2\x80\x99s");
  CHECK(tokens[1].space_after == false);
  CHECK(tokens[2].joined);
  CHECK(tokens[3].start == 3 + 3 + 2 + 4 + 2);  // after BOM, quote, It, ’s, NBSP
}

TEST_CASE("tokenizer: offsets round-trip on the five seed articles") {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kg::test::source_dir() / "examples" / "articles")) {
    const std::string text = kg::read_file(entry.path());
    for (bool keep : {false, true}) {
      auto t = kg::test::tokenize(text, keep);
      REQUIRE(!t.tokens.empty());
      std::uint32_t last_end = 0;
      for (const auto& tok : t.tokens) {
        REQUIRE(tok.start < tok.end);
        REQUIRE(tok.end <= text.size());
        CHECK(tok.start >= last_end);
        last_end = tok.end;
        const std::string raw = text.substr(tok.start, tok.end - tok.start);
        // The form is the normalised original; the original has no whitespace.
        CHECK(tok.form == kg::text::normalize_form(raw));
        CHECK(raw.find_first_of(" \n\t\r") == std::string::npos);
      }
      std::uint32_t next = 0;
      for (const auto& s : t.sentences) {
        CHECK(s.first_token == next);
        CHECK(s.start == t.tokens[s.first_token].start);
        CHECK(s.end == t.tokens[s.first_token + s.token_count - 1].end);
        next = s.first_token + s.token_count;
      }
      CHECK(next == t.tokens.size());
    }
    ++files;
  }
  CHECK(files == 5);
}

TEST_CASE("tokenizer: a 50 MB single line is tokenized in linear time") {
  // Pathological shapes that a careless scanner handles in quadratic time,
  // then ordinary prose; all on one line.
  std::string text;
#if defined(__SANITIZE_ADDRESS__)
  const std::size_t size = 8u << 20;  // the sanitizer build is ~20x slower; the shapes matter, not the size
#else
  const std::size_t size = 50u << 20;
#endif
  text.reserve(size + 64);
  for (int i = 0; i < 20000; ++i) text += "a-";
  for (int i = 0; i < 20000; ++i) text += "1-";
  text += ' ';
  for (int i = 0; i < 20000; ++i) text += "x.";
  text += ' ';
  const std::string prose = "North Korea's leader met Mr. Moon on Friday, and the U.S. said 29,000 troops stay. ";
  while (text.size() < size) text += prose;
  const auto t0 = std::chrono::steady_clock::now();
  auto t = kg::test::tokenize(text);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(t.tokens.size() > size / 6);
  CHECK(t.sentences.size() > size / 100);
  CHECK(t.tokens.back().end <= text.size());
  MESSAGE("tokenized " << text.size() << " bytes in " << secs << " s");
}

TEST_CASE("tokenizer: random mixes of tricky pieces keep every invariant") {
  // Deterministic pseudo-random documents built from the pieces the rules
  // look at; the checks are the contract every later layer relies on.
  const std::vector<std::string> pieces = {
      "a", "Kim", "U.S.", "Mr.", "D.", "n't", "'s", "\xE2\x80\x99", "'", "\"", "\xE2\x80\x9C", "-", "--", "\xE2\x80\x94",
      "1950", "29,000", "3.5", "713-853", ".", "...", "\xE2\x80\xA6", "!", "?", ",", ":", ";", "(", ")", "[", "]",
      "@x", "#t", "a@b.co", "http://x.org/(a)", "www.y.com/", "pic.twitter.com/Z", "/", "&", "$", "%", ":)",
      " ", " ", " ", "\n", "\n\n", "\r\n", "\xC2\xA0", "\xEF\xBB\xBF", "Caf\xC3\xA9", "e\xCC\x81", "\xE2\x80\x8B", "\xC2\xAD",
      "Advertisement\n", "\n\xE2\x80\x94 A B (@c) May 1, 2018\n", "CREDIT: X\n", "etc.", "cannot", "gonna", "dont"};
  std::uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>(state >> 33);
  };
  for (int doc = 0; doc < 1500; ++doc) {
    std::string text;
    const std::size_t n = next() % 60;
    for (std::size_t k = 0; k < n; ++k) text += pieces[next() % pieces.size()];
    for (bool keep : {false, true}) {
      auto t = kg::test::tokenize(text, keep);
      std::uint32_t last_end = 0;
      for (const auto& tok : t.tokens) {
        REQUIRE(tok.start < tok.end);
        REQUIRE(tok.end <= text.size());
        REQUIRE(tok.start >= last_end);
        REQUIRE(!tok.form.empty());
        last_end = tok.end;
      }
      std::uint32_t next_token = 0;
      for (const auto& s : t.sentences) {
        REQUIRE(s.token_count > 0);
        REQUIRE(s.first_token == next_token);
        next_token += s.token_count;
      }
      REQUIRE(next_token == t.tokens.size());
    }
  }
}
