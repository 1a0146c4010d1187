#include "kg/text/normalize.h"
#include "kg/text/utf8.h"
#include "test_support.h"

using kg::text::find_invalid_utf8;
using kg::text::kNoError;

TEST_CASE("utf8: valid text passes, including 4-byte sequences") {
  CHECK(find_invalid_utf8("plain ASCII text, long enough for the fast path") == kNoError);
  CHECK(find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80") == kNoError);
  CHECK(find_invalid_utf8("") == kNoError);
}

TEST_CASE("utf8: the offset of the first invalid byte is reported") {
  CHECK(find_invalid_utf8("abc\xFF") == 3);
  CHECK(find_invalid_utf8("0123456789\xC3") == 10);          // truncated at the end
  CHECK(find_invalid_utf8("ab\xC0\xAF") == 2);               // overlong
  CHECK(find_invalid_utf8("ab\xED\xA0\x80") == 2);           // surrogate
  CHECK(find_invalid_utf8("ab\xF4\x90\x80\x80") == 2);       // above U+10FFFF
  CHECK(find_invalid_utf8("abcdefgh\x80xyz") == 8);          // stray continuation after the fast path
}

TEST_CASE("utf8: lossy repair replaces each invalid sequence with U+FFFD") {
  CHECK(kg::text::repair_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(kg::text::repair_utf8("a\xE2\x80" "b") == "a\xEF\xBF\xBD" "b");  // one replacement for a truncated sequence
  CHECK(kg::text::repair_utf8("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("utf8: binary data is recognised, text with tabs and CR LF is not") {
  std::size_t where = 0;
  CHECK(kg::text::looks_binary(std::string("PK\x03\x04\0\0", 6), where));
  CHECK(where == 4);
  CHECK_FALSE(kg::text::looks_binary("line one\r\nline\ttwo\f\n", where));
}

TEST_CASE("normalize: typographic quotes, dashes, spaces and ellipsis map to ASCII") {
  using kg::text::normalize_form;
  CHECK(normalize_form("\xE2\x80\x9CHi\xE2\x80\x9D") == "\"Hi\"");
  CHECK(normalize_form("it\xE2\x80\x99s") == "it's");
  CHECK(normalize_form("\xE2\x80\x98x\xE2\x80\x99") == "'x'");
  CHECK(normalize_form("\xE2\x80\x94") == "--");
  CHECK(normalize_form("1950\xE2\x80\x93" "53") == "1950-53");
  CHECK(normalize_form("\xE2\x80\xA6") == "...");
  CHECK(normalize_form("a\xC2\xA0" "b") == "a b");
  CHECK(normalize_form("co\xC2\xADop") == "coop");  // soft hyphen dropped
}

TEST_CASE("normalize: NFC composes combining marks") {
  CHECK(kg::text::normalize_form("Cafe\xCC\x81") == "Caf\xC3\xA9");
  CHECK(kg::text::normalize_form("plain") == "plain");
}
