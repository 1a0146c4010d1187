// Tabular command output, shared by every command that prints rows
// (`kg stats/top/neighbors/path/evidence`, `kg query`): an aligned text table
// for people (default), TSV for scripts, JSON (an array of objects) for code.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

struct Cell {
  enum class Kind { null, boolean, integer, real, string, list };
  Kind kind = Kind::null;
  bool boolean = false;
  std::int64_t integer = 0;
  double real = 0.0;
  std::string string;
  std::vector<Cell> list;

  Cell() = default;
  Cell(std::string_view s) : kind(Kind::string), string(s) {}  // NOLINT: implicit, cells are built inline
  Cell(const char* s) : Cell(std::string_view(s)) {}
  Cell(const std::string& s) : Cell(std::string_view(s)) {}
  Cell(bool b) : kind(Kind::boolean), boolean(b) {}
  Cell(int i) : kind(Kind::integer), integer(i) {}
  Cell(unsigned i) : kind(Kind::integer), integer(i) {}
  Cell(long i) : kind(Kind::integer), integer(i) {}
  Cell(unsigned long i) : kind(Kind::integer), integer(static_cast<std::int64_t>(i)) {}
  Cell(long long i) : kind(Kind::integer), integer(i) {}
  Cell(unsigned long long i) : kind(Kind::integer), integer(static_cast<std::int64_t>(i)) {}
  Cell(double d) : kind(Kind::real), real(d) {}
  static Cell of_list(std::vector<Cell> items) {
    Cell c;
    c.kind = Kind::list;
    c.list = std::move(items);
    return c;
  }
  bool numeric() const { return kind == Kind::integer || kind == Kind::real; }
  // The text shown in table and TSV output: null is empty, reals have up to
  // 6 significant digits, lists are "[a, b]".
  std::string text() const;
  friend bool operator==(const Cell& a, const Cell& b);
};

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

enum class Format { table, tsv, json };

// "table", "tsv" or "json"; throws kg::Error otherwise.
Format parse_format(std::string_view name);

// Aligned columns under a header and a rule; numbers right-aligned.
void write_aligned(std::ostream& out, const Table& t);
// Header line, then one line per row; tabs, newlines and backslashes in
// cells are escaped as \t, \n and \\.
void write_tsv(std::ostream& out, const Table& t);
// [{"column": value, ...}, ...] with typed values (null, bool, number, string, array).
void write_json(std::ostream& out, const Table& t);
void write_table(std::ostream& out, const Table& t, Format format);

}  // namespace kg::graph
