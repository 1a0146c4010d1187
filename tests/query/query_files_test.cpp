// Runs tests/query/*.test: each case is a query and the rows it must return,
// or `---- error` and the message it must fail with. The format:
//
//   # comment
//   -CASE name
//   -STATEMENT MATCH (a)-[r:meet]->(b)
//              RETURN a.name, b.name          (continuation lines are indented)
//   ---- 2
//   Moon Jae-in|Kim Jong Un                   (cells joined by '|')
//   ...
//
// Rows are compared in order when the query has ORDER BY, else as sorted
// lists. An error case:
//
//   -STATEMENT MATCH (a RETURN a
//   ---- error
//   query: line 1, column 10: expected ...    (every line up to a blank one)
//
// `-GRAPH file.jsonl` (relative to tests/data) switches the graph for the
// rest of the file; the default is tests/data/query/news.triples.jsonl.
// KG_REWRITE_TESTS=1 rewrites the expectations with what the queries return
// (review the diff before committing).
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "kg/base/error.h"
#include "kg/query/edge_columns.h"
#include "query_test_support.h"
#include "test_support.h"

namespace {

struct Case {
  std::string name;
  std::size_t line = 0;
  std::string statement;
  bool error = false;
  std::vector<std::string> expected;  // rows, or the error message lines
  std::string graph;
  std::size_t expect_begin = 0, expect_end = 0;  // line range of the expectation in the file
};

std::string rtrim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
  return s;
}

std::vector<Case> read_cases(const std::vector<std::string>& lines) {
  std::vector<Case> cases;
  std::string name, graph;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.rfind("-GRAPH ", 0) == 0) graph = rtrim(l.substr(7));
    else if (l.rfind("-CASE ", 0) == 0) name = rtrim(l.substr(6));
    else if (l.rfind("-STATEMENT ", 0) == 0) {
      Case c;
      c.name = name.empty() ? "line " + std::to_string(i + 1) : name;
      c.line = i + 1;
      c.graph = graph;
      c.statement = rtrim(l.substr(11));
      while (i + 1 < lines.size() && !lines[i + 1].empty() && lines[i + 1][0] == ' ')
        c.statement += "\n" + rtrim(lines[++i]);
      REQUIRE_MESSAGE(i + 1 < lines.size(), "statement without '----' at line ", c.line);
      std::string head = rtrim(lines[++i]);
      REQUIRE_MESSAGE(head.rfind("----", 0) == 0, "expected '----' after the statement at line ", c.line);
      c.expect_begin = i + 1;
      if (head == "---- error") {
        c.error = true;
        while (i + 1 < lines.size() && !rtrim(lines[i + 1]).empty()) c.expected.push_back(rtrim(lines[++i]));
      } else {
        std::size_t n = std::stoul(head.substr(5));
        for (std::size_t k = 0; k < n; ++k) {
          REQUIRE_MESSAGE(i + 1 < lines.size(), "missing rows after line ", c.line);
          c.expected.push_back(rtrim(lines[++i]));
        }
      }
      c.expect_end = i + 1;
      cases.push_back(std::move(c));
      name.clear();
    }
  }
  return cases;
}

bool has_order_by(const std::string& q) {
  std::string up = q;
  for (char& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return up.find("ORDER BY") != std::string::npos;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(rtrim(l));
  return out;
}

}  // namespace

TEST_CASE("query .test files") {
  namespace fs = std::filesystem;
  fs::path dir = kg::test::source_dir() / "tests/query";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".test") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  bool rewrite = std::getenv("KG_REWRITE_TESTS") != nullptr;
  std::map<std::string, kg::graph::KnowledgeGraph> graphs;
  std::size_t total = 0;
  for (const fs::path& file : files) {
    std::vector<std::string> lines = split_lines(kg::read_file(file));
    std::vector<Case> cases = read_cases(lines);
    std::vector<std::pair<Case, std::vector<std::string>>> rewrites;
    for (const Case& c : cases) {
      ++total;
      const kg::graph::KnowledgeGraph* g = &kg::test::news_graph();
      if (!c.graph.empty()) {
        auto it = graphs.find(c.graph);
        if (it == graphs.end())
          it = graphs.emplace(c.graph, kg::test::graph_from_triples(fs::path(KG_TEST_DATA_DIR) / c.graph)).first;
        g = &it->second;
      }
      INFO(file.filename().string(), ":", c.line, " (", c.name, ")\n", c.statement);
      std::vector<std::string> got;
      bool failed = false;
      try {
        got = kg::test::row_texts(*g, kg::query::run_query(*g, c.statement));
      } catch (const kg::Error& e) {
        failed = true;
        got = split_lines(e.what());
      }
      // The edge columns are only a faster way to read the same edges.
      kg::query::EdgeColumns columns(*g);
      kg::query::QueryOptions with_columns;
      with_columns.columns = &columns;
      std::vector<std::string> again;
      try {
        again = kg::test::row_texts(*g, kg::query::run_query(*g, c.statement, with_columns));
      } catch (const kg::Error& e) {
        again = split_lines(e.what());
      }
      CHECK(again == got);
      if (rewrite) {
        rewrites.emplace_back(c, got);
        rewrites.back().first.error = failed;
        continue;
      }
      CHECK(failed == c.error);
      if (!failed && !has_order_by(c.statement)) {
        std::vector<std::string> want = c.expected;
        std::sort(want.begin(), want.end());
        std::sort(got.begin(), got.end());
        CHECK(got == want);
      } else {
        CHECK(got == c.expected);
      }
    }
    if (rewrite) {
      std::ofstream out(file);
      std::size_t next = 0;
      for (auto& [c, got] : rewrites) {
        for (std::size_t i = next; i + 1 < c.expect_begin; ++i) out << lines[i] << '\n';
        out << (c.error ? std::string("---- error") : "---- " + std::to_string(got.size())) << '\n';
        for (const auto& l : got) out << l << '\n';
        next = c.expect_end;
      }
      for (std::size_t i = next; i < lines.size(); ++i) out << lines[i] << '\n';
    }
  }
  MESSAGE(total, " query cases in ", files.size(), " files");
}
