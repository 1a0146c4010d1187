#include "kg/graph/table.h"

#include <cmath>
#include <cstdio>
#include <ostream>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "kg/base/error.h"

namespace kg::graph {
namespace {

// Display width in terminal columns, counting UTF-8 code points (wide CJK
// characters are rare in our output; counting them as one keeps this simple).
std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out.push_back(c == '\n' || c == '\t' || c == '\r' ? ' ' : c);
  return out;
}

template <class W>
void put_json(W& w, const Cell& c) {
  switch (c.kind) {
    case Cell::Kind::null: w.Null(); break;
    case Cell::Kind::boolean: w.Bool(c.boolean); break;
    case Cell::Kind::integer: w.Int64(c.integer); break;
    case Cell::Kind::real:
      if (std::isfinite(c.real)) w.Double(c.real);
      else w.Null();
      break;
    case Cell::Kind::string: w.String(c.string.data(), static_cast<rapidjson::SizeType>(c.string.size())); break;
    case Cell::Kind::list:
      w.StartArray();
      for (const Cell& x : c.list) put_json(w, x);
      w.EndArray();
      break;
  }
}

}  // namespace

std::string Cell::text() const {
  switch (kind) {
    case Kind::null: return {};
    case Kind::boolean: return boolean ? "true" : "false";
    case Kind::integer: return std::to_string(integer);
    case Kind::real: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.6g", real);
      return buf;
    }
    case Kind::string: return string;
    case Kind::list: {
      std::string s = "[";
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (i) s += ", ";
        s += list[i].text();
      }
      return s + "]";
    }
  }
  return {};
}

bool operator==(const Cell& a, const Cell& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Cell::Kind::null: return true;
    case Cell::Kind::boolean: return a.boolean == b.boolean;
    case Cell::Kind::integer: return a.integer == b.integer;
    case Cell::Kind::real: return a.real == b.real;
    case Cell::Kind::string: return a.string == b.string;
    case Cell::Kind::list: return a.list == b.list;
  }
  return false;
}

Format parse_format(std::string_view name) {
  if (name == "table") return Format::table;
  if (name == "tsv") return Format::tsv;
  if (name == "json") return Format::json;
  throw Error("unknown output format '" + std::string(name) + "' (expected table, tsv or json)");
}

void write_aligned(std::ostream& out, const Table& t) {
  std::vector<std::vector<std::string>> text(t.rows.size());
  std::vector<std::size_t> w(t.columns.size());
  std::vector<bool> right(t.columns.size(), false);
  for (std::size_t c = 0; c < t.columns.size(); ++c) w[c] = width(t.columns[c]);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const Cell& cell = c < t.rows[r].size() ? t.rows[r][c] : Cell();
      text[r].push_back(one_line(cell.text()));
      w[c] = std::max(w[c], width(text[r].back()));
      if (cell.numeric()) right[c] = true;
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::size_t pad = w[c] - width(cells[c]);
      bool last = c + 1 == cells.size();
      if (right[c]) s.append(pad, ' ');
      s += cells[c];
      if (!right[c] && !last) s.append(pad, ' ');
      if (!last) s += "  ";
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << '\n';
  };
  line(t.columns);
  std::vector<std::string> rule;
  for (std::size_t c = 0; c < w.size(); ++c) rule.push_back(std::string(w[c], '-'));
  line(rule);
  for (const auto& row : text) line(row);
}

void write_tsv(std::ostream& out, const Table& t) {
  auto escape = [](std::string_view s) {
    std::string o;
    for (char c : s) {
      if (c == '\t') o += "\\t";
      else if (c == '\n') o += "\\n";
      else if (c == '\r') o += "\\r";
      else if (c == '\\') o += "\\\\";
      else o.push_back(c);
    }
    return o;
  };
  for (std::size_t c = 0; c < t.columns.size(); ++c) out << (c ? "\t" : "") << escape(t.columns[c]);
  out << '\n';
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      out << (c ? "\t" : "") << (c < row.size() ? escape(row[c].text()) : std::string());
    out << '\n';
  }
}

void write_json(std::ostream& out, const Table& t) {
  rapidjson::OStreamWrapper os(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(os);
  w.StartArray();
  for (const auto& row : t.rows) {
    w.StartObject();
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      w.Key(t.columns[c].data(), static_cast<rapidjson::SizeType>(t.columns[c].size()));
      put_json(w, c < row.size() ? row[c] : Cell());
    }
    w.EndObject();
  }
  w.EndArray();
  out << '\n';
}

void write_table(std::ostream& out, const Table& t, Format format) {
  switch (format) {
    case Format::table: write_aligned(out, t); break;
    case Format::tsv: write_tsv(out, t); break;
    case Format::json: write_json(out, t); break;
  }
}

}  // namespace kg::graph
