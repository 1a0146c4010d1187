#include "kg/nlp/conllu.h"

#include <charconv>
#include <ostream>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"

namespace kg::nlp {
namespace {

std::string_view field_or_empty(std::string_view f) { return f == "_" ? std::string_view{} : f; }

bool parse_int(std::string_view s, int& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

std::string_view misc_value(std::string_view misc, std::string_view key) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    if (bar == std::string_view::npos) bar = misc.size();
    std::string_view item = misc.substr(pos, bar - pos);
    if (item.size() > key.size() && item.substr(0, key.size()) == key && item[key.size()] == '=')
      return item.substr(key.size() + 1);
    pos = bar + 1;
  }
  return {};
}

std::vector<Sentence> parse_conllu(std::string_view data, std::string_view source) {
  std::vector<Sentence> out;
  Sentence cur;
  bool open = false;
  size_t line_no = 0, pos = 0;
  auto finish = [&]() {
    if (open && !cur.words.empty()) out.push_back(std::move(cur));
    cur = Sentence{};
    open = false;
  };
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (open && cur.words.empty()) throw Error(at_line(source, line_no, "sentence has comments but no words"));
      finish();
      continue;
    }
    if (!open) {
      open = true;
      cur.line = line_no;
    }
    if (line[0] == '#') {
      std::string_view c = line.substr(1);
      if (!c.empty() && c[0] == ' ') c.remove_prefix(1);
      cur.comments.emplace_back(c);
      if (c.substr(0, 10) == "sent_id = ") cur.id = c.substr(10);
      else if (c.substr(0, 7) == "text = ") cur.text = c.substr(7);
      continue;
    }
    std::string_view f[10];
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= line.size() && n < 10; ++i) {
      if (i == line.size() || line[i] == '\t') {
        f[n++] = line.substr(start, i - start);
        start = i + 1;
      }
    }
    if (n != 10 || start <= line.size())
      throw Error(at_line(source, line_no, "expected 10 tab-separated fields"));
    std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      MultiwordToken m;
      if (!parse_int(id.substr(0, dash), m.first) || !parse_int(id.substr(dash + 1), m.last) || m.first > m.last)
        throw Error(at_line(source, line_no, "bad multiword token range '" + std::string(id) + "'"));
      m.form = f[1];
      m.misc = field_or_empty(f[9]);
      cur.mwts.push_back(std::move(m));
      continue;
    }
    int idx = 0;
    if (!parse_int(id, idx) || idx != static_cast<int>(cur.words.size()) + 1)
      throw Error(at_line(source, line_no, "word id '" + std::string(id) + "' out of sequence"));
    Word w;
    w.form = f[1];
    w.lemma = f[2] == "_" && f[1] != "_" ? std::string() : std::string(f[2]);
    w.upos = field_or_empty(f[3]);
    w.xpos = field_or_empty(f[4]);
    w.feats = field_or_empty(f[5]);
    if (f[6] != "_" && !parse_int(f[6], w.head))
      throw Error(at_line(source, line_no, "bad head '" + std::string(f[6]) + "'"));
    w.deprel = field_or_empty(f[7]);
    w.deps = field_or_empty(f[8]);
    w.misc = field_or_empty(f[9]);
    cur.words.push_back(std::move(w));
  }
  finish();
  for (auto& s : out) {
    for (auto& w : s.words)
      if (w.head > static_cast<int>(s.words.size()))
        throw Error(at_line(source, s.line, "head points past the end of the sentence"));
  }
  return out;
}

std::vector<Sentence> read_conllu(const std::filesystem::path& path) {
  std::string data = read_file(path);
  return parse_conllu(data, path.string());
}

void write_conllu(std::ostream& out, const Sentence& s) {
  auto f = [](const std::string& v) -> const std::string& {
    static const std::string underscore = "_";
    return v.empty() ? underscore : v;
  };
  for (const auto& c : s.comments) out << "# " << c << '\n';
  size_t m = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    const int id = static_cast<int>(i) + 1;
    while (m < s.mwts.size() && s.mwts[m].first < id) ++m;
    if (m < s.mwts.size() && s.mwts[m].first == id)
      out << s.mwts[m].first << '-' << s.mwts[m].last << '\t' << s.mwts[m].form << "\t_\t_\t_\t_\t_\t_\t_\t"
          << f(s.mwts[m].misc) << '\n';
    const Word& w = s.words[i];
    out << id << '\t' << f(w.form) << '\t' << f(w.lemma) << '\t' << f(w.upos) << '\t' << f(w.xpos) << '\t'
        << f(w.feats) << '\t';
    if (w.head >= 0) out << w.head; else out << '_';
    out << '\t' << f(w.deprel) << '\t' << f(w.deps) << '\t' << f(w.misc) << '\n';
  }
  out << '\n';
}

}  // namespace kg::nlp
