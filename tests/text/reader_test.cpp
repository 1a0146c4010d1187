#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "kg/base/error.h"
#include "kg/text/reader.h"
#include "text/text_test_support.h"

namespace fs = std::filesystem;
using kg::text::read_documents;
using kg::text::ReadOptions;

TEST_CASE("reader: files keep their bytes; the id is the file stem") {
  auto d = kg::test::fresh_dir("files");
  kg::test::write(d / "a.txt", "\xEF\xBB\xBFHello.\r\nWorld.\r\n");
  auto docs = read_documents({(d / "a.txt").string()}, {});
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "a");
  CHECK(docs[0].text == "\xEF\xBB\xBFHello.\r\nWorld.\r\n");  // BOM and CR LF kept: offsets are into the file
  fs::remove_all(d);
}

TEST_CASE("reader: directories are read recursively in sorted order, *.txt and *.jsonl only") {
  auto d = kg::test::fresh_dir("dirs");
  kg::test::write(d / "b.txt", "B");
  kg::test::write(d / "a" / "z.txt", "Z");
  kg::test::write(d / "a" / "y.jsonl", "{\"id\":\"j1\",\"text\":\"J\"}\n");
  kg::test::write(d / "notes.md", "not read");
  auto docs = read_documents({d.string()}, {});
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].id == "j1");
  CHECK(docs[1].id == "z");
  CHECK(docs[2].id == "b");
  fs::remove_all(d);
}

TEST_CASE("reader: a directory without documents is an error") {
  auto d = kg::test::fresh_dir("emptydir");
  CHECK_THROWS_WITH_AS(read_documents({d.string()}, {}), doctest::Contains("no *.txt or *.jsonl files"), kg::Error);
  fs::remove_all(d);
}

TEST_CASE("reader: empty files give an empty document with no tokens or sentences") {
  auto d = kg::test::fresh_dir("empty");
  kg::test::write(d / "e.txt", "");
  auto docs = read_documents({(d / "e.txt").string()}, {});
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text.empty());
  auto t = kg::test::tokenize("");
  CHECK(t.tokens.empty());
  CHECK(t.sentences.empty());
  CHECK(kg::test::tokenize(" \n\n \r\n").sentences.empty());
  fs::remove_all(d);
}

TEST_CASE("reader: invalid UTF-8 is an error with the byte offset, or replaced with --lossy") {
  auto d = kg::test::fresh_dir("utf8");
  kg::test::write(d / "bad.txt", "Good text.\nBad \xC3\x28 byte.\n");
  const std::string path = (d / "bad.txt").string();
  CHECK_THROWS_WITH_AS(read_documents({path}, {}), doctest::Contains((path + ": byte 15: invalid UTF-8 sequence").c_str()),
                       kg::Error);
  try {
    read_documents({path}, {});
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("byte 15") != std::string::npos);
  }
  ReadOptions lossy;
  lossy.lossy = true;
  auto docs = read_documents({path}, lossy);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text == "Good text.\nBad \xEF\xBF\xBD( byte.\n");
  fs::remove_all(d);
}

TEST_CASE("reader: binary input is rejected with a clear message") {
  auto d = kg::test::fresh_dir("binary");
  kg::test::write(d / "img.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  CHECK_THROWS_WITH_AS(read_documents({(d / "img.txt").string()}, {}), doctest::Contains("binary data, not text"),
                       kg::Error);
  fs::remove_all(d);
}

TEST_CASE("reader: missing and unreadable paths name the path") {
  CHECK_THROWS_WITH_AS(read_documents({"/nonexistent/kg/article.txt"}, {}),
                       "/nonexistent/kg/article.txt: no such file or directory", kg::Error);
  auto d = kg::test::fresh_dir("unreadable");
  fs::create_symlink(d / "gone.txt", d / "link.txt");
  CHECK_THROWS_WITH_AS(read_documents({(d / "link.txt").string()}, {}), doctest::Contains("broken symbolic link"),
                       kg::Error);
  kg::test::write(d / "secret.txt", "x");
  ::chmod((d / "secret.txt").c_str(), 0);
  if (::geteuid() != 0) {  // root reads everything
    CHECK_THROWS_WITH_AS(read_documents({(d / "secret.txt").string()}, {}), doctest::Contains("cannot open"),
                         kg::Error);
  }
  fs::remove_all(d);
}

TEST_CASE("reader: duplicate document ids with different text are an error") {
  auto d = kg::test::fresh_dir("dup");
  kg::test::write(d / "x" / "a.txt", "1");
  kg::test::write(d / "y" / "a.txt", "2");
  CHECK_THROWS_WITH_AS(read_documents({d.string()}, {}), doctest::Contains("duplicate document id 'a'"), kg::Error);
  const std::string jsonl = "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"a\",\"text\":\"two\"}\n";
  kg::test::write(d / "dup.jsonl", jsonl);
  CHECK_THROWS_WITH_AS(read_documents({(d / "dup.jsonl").string()}, {}),
                       doctest::Contains("dup.jsonl:2: duplicate document id 'a' (also in "), kg::Error);
  fs::remove_all(d);
}

TEST_CASE("reader: the same document given twice is read once, with a warning") {
  auto d = kg::test::fresh_dir("same");
  kg::test::write(d / "a.txt", "The minister resigned.");
  kg::test::write(d / "docs.jsonl", "{\"id\":\"n1\",\"text\":\"x\"}\n{\"id\":\"n1\",\"text\":\"x\"}\n");
  kg::test::WarningCapture warnings;
  auto docs = read_documents({(d / "a.txt").string(), d.string(), (d / "docs.jsonl").string()}, {});
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].id == "a");
  CHECK(docs[1].id == "n1");
  // a.txt again (inside the directory), docs.jsonl line 2, then all of docs.jsonl again.
  REQUIRE(warnings.messages.size() == 4);
  CHECK(warnings.messages[0] == (d / "a.txt").string() + ": document 'a' was already read from " + (d / "a.txt").string() +
                                    "; read once");
  CHECK(warnings.messages[1].find("docs.jsonl:2: document 'n1' was already read from ") != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("reader: the same text under two ids is read twice, with a warning") {
  auto d = kg::test::fresh_dir("sametext");
  kg::test::write(d / "a.txt", "The minister resigned.");
  kg::test::write(d / "b.txt", "The minister resigned.");
  kg::test::write(d / "c.txt", "");
  kg::test::write(d / "e.txt", "");
  kg::test::WarningCapture warnings;
  auto docs = read_documents({d.string()}, {});
  CHECK(docs.size() == 4);
  REQUIRE(warnings.messages.size() == 1);  // empty documents are not "the same text"
  CHECK(warnings.messages[0].find("b.txt: document 'b' has the same text as document 'a'") != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("reader: JSONL documents with optional fields, blank lines skipped") {
  const std::string data =
      "{\"id\":\"n1\",\"text\":\"Kim met Moon.\\nThey talked.\",\"title\":\"T\",\"date\":\"2018-02-09\",\"url\":\"http://x\"}\n"
      "\n"
      "{\"id\":\"n2\",\"text\":\"\\u201cYes.\\u201d\"}\r\n";
  auto docs = kg::text::jsonl_documents(data, "news.jsonl", {});
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].id == "n1");
  CHECK(docs[0].text == "Kim met Moon.\nThey talked.");
  CHECK(docs[0].title == "T");
  CHECK(docs[0].date == "2018-02-09");
  CHECK(docs[0].url == "http://x");
  CHECK(docs[0].source == "news.jsonl:1");
  CHECK(docs[1].text == "\xE2\x80\x9CYes.\xE2\x80\x9D");
  CHECK(docs[1].source == "news.jsonl:3");
}

TEST_CASE("reader: JSONL errors name the line") {
  using kg::text::jsonl_documents;
  CHECK_THROWS_WITH_AS(jsonl_documents("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n", "f.jsonl", {}),
                       "f.jsonl: line 2: missing field 'text'", kg::Error);
  CHECK_THROWS_WITH_AS(jsonl_documents("{\"id\":1,\"text\":\"x\"}", "f.jsonl", {}),
                       "f.jsonl: line 1: field 'id' must be a string", kg::Error);
  CHECK_THROWS_WITH_AS(jsonl_documents("\n\n{\"id\":\"a\",\"text\":\"x\"", "f.jsonl", {}),
                       doctest::Contains("f.jsonl: line 3: invalid JSON at column"), kg::Error);
  CHECK_THROWS_WITH_AS(jsonl_documents("[1,2]", "f.jsonl", {}), doctest::Contains("line 1: expected a JSON object"),
                       kg::Error);
  CHECK_THROWS_WITH_AS(jsonl_documents("{\"id\":\"a\",\"text\":\"\\xff\"}", "f.jsonl", {}), doctest::Contains("line 1"),
                       kg::Error);
  CHECK_THROWS_WITH_AS(jsonl_documents("{\"id\":\"a\",\"text\":\"a\xFF\"}", "f.jsonl", {}),
                       doctest::Contains("f.jsonl: line 1: byte 19: invalid UTF-8"), kg::Error);
}

TEST_CASE("reader: --jsonl reads any file as JSONL") {
  auto d = kg::test::fresh_dir("jsonlflag");
  kg::test::write(d / "dump.txt", "{\"id\":\"q\",\"text\":\"Hi.\"}\n");
  ReadOptions o;
  o.jsonl = true;
  auto docs = read_documents({(d / "dump.txt").string()}, o);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].id == "q");
  fs::remove_all(d);
}
