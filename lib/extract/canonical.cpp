#include "kg/extract/canonical.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <ostream>
#include <set>
#include <sstream>

#include "coref/lexicon.h"
#include "kg/base/error.h"

namespace kg::extract {

using coref::lower;

namespace {

bool valid_type(std::string_view t) {
  return t == "PERSON" || t == "ORG" || t == "GPE" || t == "LOC" || t == "NORP" || t == "GROUP";
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  for (;;) {
    std::size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot open: " + errno_text(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Tab-separated rows of a data file, with their line numbers; '#' comments and
// blank lines skipped.
struct Row {
  std::size_t line;
  std::vector<std::string_view> cols;
};
std::vector<Row> rows_of(std::string_view data) {
  std::vector<Row> rows;
  std::size_t line = 0, b = 0;
  while (b < data.size()) {
    std::size_t e = data.find('\n', b);
    if (e == std::string_view::npos) e = data.size();
    std::string_view l = data.substr(b, e - b);
    ++line;
    b = e + 1;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (trim(l).empty() || l.front() == '#') continue;
    rows.push_back({line, split(l, '\t')});
  }
  return rows;
}

// The rows of one of our data tables: the header row (its first two column
// names) skipped, and every row checked to have exactly `columns`.
std::vector<Row> table_rows(std::string_view data, const std::string& src,
                            std::initializer_list<std::string_view> columns) {
  const std::vector<std::string_view> names(columns);
  std::vector<Row> rows;
  for (Row& r : rows_of(data)) {
    if (r.cols[0] == names[0] && r.cols.size() > 1 && r.cols[1] == names[1]) continue;  // header
    if (r.cols.size() != names.size()) {
      std::string list;
      for (std::string_view n : names) list += (list.empty() ? "" : ", ") + std::string(n);
      throw Error(at_line(src, r.line, "expected " + std::to_string(names.size()) + " tab-separated columns (" +
                                           list + "), found " + std::to_string(r.cols.size())));
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

// Words of a surface form split on spaces (a possessive "'s" may be its own word).
std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

// "Korea's" -> "Korea"; "'s" alone -> "" (so the word is dropped). True when it was possessive.
bool strip_possessive(std::string& w) {
  for (std::string_view suf : {std::string_view("'s"), std::string_view("\xE2\x80\x99s"), std::string_view("'"),
                               std::string_view("\xE2\x80\x99")}) {
    if (ends_with(w, suf) && (suf.size() > 1 || w.size() > 1)) {
      w.resize(w.size() - suf.size());
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> Canonicalizer::name_words(std::string_view name) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 0x80) {
      // Curly quotes and apostrophes (U+2018/2019/201C/201D) separate nothing and
      // carry nothing; other non-ASCII bytes are letters of the name.
      if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80) {
        const unsigned char d = static_cast<unsigned char>(name[i + 2]);
        if (d >= 0x98 && d <= 0x9D) {
          i += 2;
          continue;
        }
        if (d >= 0x90 && d <= 0x95) {  // dashes
          flush();
          i += 2;
          continue;
        }
      }
      cur += static_cast<char>(c);
    } else if (std::isalnum(c)) {
      cur += static_cast<char>(std::tolower(c));
    } else if (c == '.' || c == '\'') {
      // "U.S." -> "us", "O'Brien" -> "obrien"
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::string Canonicalizer::name_key(std::string_view name) {
  std::vector<std::string> w = name_words(name);
  std::sort(w.begin(), w.end());
  std::string key;
  for (const std::string& x : w) {
    if (!key.empty()) key += ' ';
    key += x;
  }
  return key;
}

std::string Canonicalizer::strip_name(std::string_view surface) {
  std::vector<std::string> t = tokens(surface);
  // A possessor ("South Korea's Moon Jae-in") is another actor: keep what follows
  // the last possessive word, unless the possessive ends the name.
  for (std::size_t i = t.size(); i-- > 0;) {
    std::string w = t[i];
    if (strip_possessive(w) && i + 1 < t.size() && !(t[i] == "'" || t[i] == "\xE2\x80\x99")) {
      t.erase(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(i + 1));
      break;
    }
    if ((t[i] == "'s" || t[i] == "\xE2\x80\x99s") && i + 1 < t.size()) {
      t.erase(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(i + 1));
      break;
    }
  }
  if (!t.empty() && (t.back() == "'s" || t.back() == "\xE2\x80\x99s")) t.pop_back();
  if (!t.empty()) strip_possessive(t.back());
  while (!t.empty() && (lower(t.front()) == "the" || lower(t.front()) == "a" || lower(t.front()) == "an"))
    t.erase(t.begin());
  // Drop everything up to the last title word, and an "of X" right after it
  // ("Secretary of State Rex Tillerson"), as long as a capitalised name remains.
  // Organisations keep their words ("U.N. General Assembly", "Foreign Ministry").
  std::size_t cut = 0;
  const bool organisation = !t.empty() && coref::is_org_word(lower(t.back()));
  for (std::size_t i = 0; i + 1 < t.size() && !organisation; ++i) {
    if (coref::is_title_word(lower(t[i]))) {
      std::size_t j = i + 1;
      if (j + 1 < t.size() && lower(t[j]) == "of") {
        ++j;
        while (j + 1 < t.size() && coref::is_portfolio_word(lower(t[j]))) ++j;
      }
      if (j < t.size()) cut = j;
    }
  }
  if (cut > 0 && cut < t.size()) {
    bool name_left = std::all_of(t.begin() + static_cast<std::ptrdiff_t>(cut), t.end(), [](const std::string& w) {
      return !w.empty() && !(w[0] >= 'a' && w[0] <= 'z');
    });
    if (name_left) t.erase(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(cut));
  }
  std::string out;
  for (const std::string& w : t) {
    if (w.empty()) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

Canonicalizer Canonicalizer::load(const std::filesystem::path& data_dir) {
  Canonicalizer c;
  const auto countries = data_dir / "coref" / "countries.tsv";
  const auto capitals = data_dir / "coref" / "capitals.tsv";
  const std::string cdata = read_file(countries);
  const std::string src = countries.string();
  for (const Row& r : table_rows(cdata, src, {"country", "type", "aliases", "demonyms", "short forms"})) {
    const std::string_view name = trim(r.cols[0]), type = trim(r.cols[1]);
    if (name.empty()) throw Error(at_line(src, r.line, "empty country name"));
    if (!valid_type(type)) throw Error(at_line(src, r.line, "unknown type '" + std::string(type) + "'"));
    const ActorName an{std::string(name), std::string(type)};
    const int e = c.find_or_add(an, false);
    if (const auto w = name_words(name); w.size() >= 2 && type == "GPE") c.by_last_word_[w.back()].push_back(an);
    for (std::string_view a : split(r.cols[2], '|'))
      if (!trim(a).empty()) c.add_key(name_key(a), e, false);
    for (std::string_view a : split(r.cols[3], '|'))
      if (!trim(a).empty()) c.demonyms_.emplace(name_key(a), an);
    for (std::string_view a : split(r.cols[4], '|'))
      if (!trim(a).empty()) c.short_forms_.emplace(name_key(strip_name(a)), an);
  }
  // Organisations (optional file): canonical, type, aliases.
  const auto orgs = data_dir / "coref" / "organizations.tsv";
  if (std::filesystem::exists(orgs)) {
    const std::string odata = read_file(orgs);
    const std::string osrc = orgs.string();
    for (const Row& r : table_rows(odata, osrc, {"canonical", "type", "aliases"})) {
      const std::string_view name = trim(r.cols[0]), type = trim(r.cols[1]);
      if (name.empty()) throw Error(at_line(osrc, r.line, "empty name"));
      if (!valid_type(type)) throw Error(at_line(osrc, r.line, "unknown type '" + std::string(type) + "'"));
      const int e = c.find_or_add(ActorName{std::string(name), std::string(type)}, false);
      for (std::string_view a : split(r.cols[2], '|'))
        if (!trim(a).empty()) c.add_key(name_key(a), e, false);
    }
  }
  // Given names (optional file): name, male|female.
  const auto given = data_dir / "coref" / "given_names.tsv";
  if (std::filesystem::exists(given)) {
    const std::string gdata = read_file(given);
    const std::string gsrc = given.string();
    for (const Row& r : table_rows(gdata, gsrc, {"name", "gender"})) {
      const std::string_view g = trim(r.cols[1]);
      if (g != "male" && g != "female")
        throw Error(at_line(gsrc, r.line, "gender must be 'male' or 'female', not '" + std::string(g) + "'"));
      const auto w = name_words(trim(r.cols[0]));
      if (w.size() != 1) throw Error(at_line(gsrc, r.line, "a given name is one word"));
      c.given_names_[w[0]] = g == "female";
    }
  }
  const std::string kdata = read_file(capitals);
  const std::string ksrc = capitals.string();
  for (const Row& r : table_rows(kdata, ksrc, {"capital", "country", "kind"})) {
    const std::string_view kind = trim(r.cols[2]);
    if (kind != "capital" && kind != "seat")
      throw Error(at_line(ksrc, r.line, "kind must be 'capital' or 'seat', not '" + std::string(kind) + "'"));
    const std::string key = name_key(trim(r.cols[1]));
    auto it = c.by_key_.find(key);
    if (it == c.by_key_.end())
      throw Error(at_line(ksrc, r.line, "country '" + std::string(trim(r.cols[1])) + "' is not in " +
                                            countries.filename().string()));
    const std::string ckey = name_key(strip_name(trim(r.cols[0])));
    c.capitals_.emplace(ckey, c.entries_[static_cast<std::size_t>(it->second)].name);
    if (kind == "seat") c.seats_.insert(ckey);
  }
  return c;
}

std::filesystem::path Canonicalizer::default_data_dir() {
  if (const char* env = std::getenv("KG_DATA"); env && *env) return env;
  return std::filesystem::path(KG_SOURCE_DIR) / "data";
}

int Canonicalizer::find_or_add(const ActorName& name, bool user) {
  const std::string key = name_key(name.id);
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    Entry& e = entries_[static_cast<std::size_t>(it->second)];
    if (user && !e.user) {  // the user's name and type win
      e.name = name;
      e.user = true;
    }
    return it->second;
  }
  entries_.push_back({name, user, {}, {}, true});
  const int idx = static_cast<int>(entries_.size() - 1);
  by_key_[key] = idx;
  return idx;
}

void Canonicalizer::add_key(const std::string& key, int entry, bool user) {
  if (key.empty()) return;
  auto [it, inserted] = by_key_.emplace(key, entry);
  if (!inserted && user) it->second = entry;
}

void Canonicalizer::add_alias_file(const std::filesystem::path& path) {
  add_aliases_tsv(read_file(path), path.string());
}

void Canonicalizer::add_aliases_tsv(std::string_view data, std::string_view source) {
  std::map<std::string, std::pair<std::string, std::size_t>> owner;  // alias key -> (canonical, line)
  for (const Row& r : rows_of(data)) {
    if (r.line == 1 && r.cols.size() >= 1 && lower(trim(r.cols[0])) == "canonical") continue;
    if (r.cols.size() != 3 && r.cols.size() != 2)
      throw Error(at_line(source, r.line, "expected 3 tab-separated columns (canonical, type, aliases), found " +
                                              std::to_string(r.cols.size())));
    const std::string_view name = trim(r.cols[0]), type = trim(r.cols[1]);
    if (name.empty() || name_key(name).empty()) throw Error(at_line(source, r.line, "empty canonical name"));
    if (!valid_type(type))
      throw Error(at_line(source, r.line, "unknown type '" + std::string(type) +
                                              "' (expected PERSON, ORG, GPE, LOC, NORP or GROUP)"));
    std::vector<std::string_view> aliases;
    if (r.cols.size() == 3 && !trim(r.cols[2]).empty()) aliases = split(r.cols[2], '|');
    std::vector<std::string> forms{std::string(name)};
    for (std::string_view a : aliases) {
      if (trim(a).empty() || name_key(a).empty())
        throw Error(at_line(source, r.line, "empty alias (check for '||' or a trailing '|')"));
      forms.emplace_back(trim(a));
    }
    for (const std::string& f : forms) {
      auto [it, inserted] = owner.emplace(name_key(f), std::make_pair(std::string(name), r.line));
      if (!inserted && name_key(it->second.first) != name_key(name))
        throw Error(at_line(source, r.line, "alias '" + f + "' already belongs to '" + it->second.first +
                                                "' (line " + std::to_string(it->second.second) + ")"));
    }
    // The user's actor takes over every entry one of its forms named before
    // ("USA" declared with "U.S." takes over the gazetteer's United States).
    const ActorName an{std::string(name), std::string(type)};
    std::set<int> touched;
    for (const std::string& f : forms)
      if (auto it = by_key_.find(name_key(f)); it != by_key_.end()) touched.insert(it->second);
    int e = -1;
    for (int t : touched)
      if (entries_[static_cast<std::size_t>(t)].user && name_key(entries_[static_cast<std::size_t>(t)].name.id) ==
                                                             name_key(name))
        e = t;
    if (e < 0) {
      entries_.push_back({an, true, {}, {}, true});
      e = static_cast<int>(entries_.size() - 1);
    }
    Entry& target = entries_[static_cast<std::size_t>(e)];
    target.name = an;
    target.user = true;
    target.fixed = true;
    for (auto& [key, idx] : by_key_)
      if (idx != e && touched.count(idx) && !entries_[static_cast<std::size_t>(idx)].user) idx = e;
    for (const std::string& f : forms) {
      by_key_[name_key(f)] = e;
      target.forms.emplace(f, 0);
    }
  }
}

std::optional<ActorName> Canonicalizer::lookup(std::string_view surface) const {
  for (const std::string& s : {std::string(surface), strip_name(surface)}) {
    auto it = by_key_.find(name_key(s));
    if (it != by_key_.end()) return entries_[static_cast<std::size_t>(it->second)].name;
  }
  return std::nullopt;
}

std::optional<ActorName> Canonicalizer::state_of_capital(std::string_view surface) const {
  auto it = capitals_.find(name_key(strip_name(surface)));
  if (it == capitals_.end()) return std::nullopt;
  return lookup(it->second.id).value_or(it->second);
}

bool Canonicalizer::is_seat_of_government(std::string_view surface) const {
  return seats_.count(name_key(strip_name(surface))) > 0;
}

std::string_view Canonicalizer::given_name_gender(std::string_view first_name) const {
  const auto w = name_words(first_name);
  if (w.size() != 1) return {};
  const auto it = given_names_.find(w[0]);
  if (it == given_names_.end()) return {};
  return it->second ? "female" : "male";
}

std::optional<ActorName> Canonicalizer::state_of_demonym(std::string_view surface) const {
  auto it = demonyms_.find(name_key(surface));
  if (it == demonyms_.end()) return std::nullopt;
  return lookup(it->second.id).value_or(it->second);
}

std::optional<ActorName> Canonicalizer::state_of_short_form(std::string_view surface) const {
  auto it = short_forms_.find(name_key(strip_name(surface)));
  if (it == short_forms_.end()) return std::nullopt;
  return lookup(it->second.id).value_or(it->second);
}

std::vector<ActorName> Canonicalizer::states_of_plural(std::string_view surface) const {
  const std::vector<std::string> w = name_words(strip_name(surface));
  if (w.size() != 1 || w[0].size() < 4 || w[0].back() != 's') return {};
  auto it = by_last_word_.find(w[0].substr(0, w[0].size() - 1));
  if (it == by_last_word_.end() || it->second.size() < 2) return {};
  return it->second;
}

void Canonicalizer::observe(std::string_view id, std::string_view type, std::string_view surface, int count) {
  const std::string key = name_key(id);
  if (key.empty()) return;
  int e;
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    e = it->second;
  } else {
    entries_.push_back({ActorName{std::string(id), std::string(type)}, false, {}, {}, false});
    e = static_cast<int>(entries_.size() - 1);
    by_key_[key] = e;
  }
  Entry& en = entries_[static_cast<std::size_t>(e)];
  en.forms[std::string(id)] += 0;
  en.ids[std::string(id)] += count;
  if (!surface.empty()) en.forms[std::string(surface)] += count;
}

// Among spellings of one name ("Kim Jong Un", "Kim Jong-un"), the one documents
// used most; the gazetteer's and the user's names are kept as they are.
const std::string& Canonicalizer::display_name(const Entry& e) const {
  if (e.fixed || e.ids.empty()) return e.name.id;
  const std::string* best = &e.ids.begin()->first;
  int n = e.ids.begin()->second;
  for (const auto& [id, c] : e.ids)
    if (c > n) best = &id, n = c;
  return *best;
}

ActorName Canonicalizer::canonical(std::string_view id, std::string_view type) const {
  const std::string key = name_key(id);
  const Entry* exact = nullptr;
  if (auto it = by_key_.find(key); it != by_key_.end()) exact = &entries_[static_cast<std::size_t>(it->second)];
  if (exact && exact->user) return {display_name(*exact), exact->name.type};
  // A short person name ("Trump") that is part of exactly one longer known name.
  if (type == "PERSON") {
    const std::vector<std::string> w = name_words(id);
    const Entry* found = nullptr;
    for (const Entry& e : entries_) {
      if (e.name.type != "PERSON") continue;
      const std::vector<std::string> ew = name_words(e.name.id);
      if (ew.size() <= w.size()) continue;
      const bool all = std::all_of(w.begin(), w.end(),
                                   [&](const std::string& x) { return std::find(ew.begin(), ew.end(), x) != ew.end(); });
      if (!all) continue;
      if (found && name_key(found->name.id) != name_key(e.name.id)) {  // two candidates: ambiguous
        found = nullptr;
        break;
      }
      found = &e;
    }
    if (found) return {display_name(*found), found->name.type};
  }
  if (exact) return {display_name(*exact), exact->name.type};
  return {std::string(id), std::string(type)};
}

std::vector<CanonicalActor> Canonicalizer::actors() const {
  std::vector<CanonicalActor> out;
  std::set<std::string> seen;
  std::set<int> live;  // entries some key still points to (user files may take others over)
  for (const auto& kv : by_key_) live.insert(kv.second);
  for (std::size_t k = 0; k < entries_.size(); ++k) {
    const Entry& e = entries_[k];
    if (!live.count(static_cast<int>(k)) || !seen.insert(name_key(e.name.id)).second) continue;
    CanonicalActor a{display_name(e), e.name.type, {}, e.user};
    for (const auto& [f, n] : e.forms)
      if (f != a.id) a.aliases.emplace_back(f, n);
    std::stable_sort(a.aliases.begin(), a.aliases.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    out.push_back(std::move(a));
  }
  std::sort(out.begin(), out.end(), [](const CanonicalActor& a, const CanonicalActor& b) { return a.id < b.id; });
  return out;
}

void Canonicalizer::write_aliases_tsv(std::ostream& out) const {
  out << "canonical\ttype\taliases\n";
  for (const CanonicalActor& a : actors()) {
    out << a.id << '\t' << a.type << '\t';
    bool first = true;
    for (const auto& [f, n] : a.aliases) {
      if (f.find('|') != std::string::npos || f.find('\t') != std::string::npos) continue;
      out << (first ? "" : "|") << f;
      first = false;
    }
    out << '\n';
  }
}

void canonicalize_triples(std::vector<Triple>& triples, Canonicalizer& canon) {
  for (const Triple& t : triples)
    for (const Argument* a : {&t.subject, &t.object})
      if (!a->id.empty()) canon.observe(a->id, a->type, a->text);
  for (Triple& t : triples)
    for (Argument* a : {&t.subject, &t.object})
      if (!a->id.empty()) {
        const ActorName n = canon.canonical(a->id, a->type);
        a->id = n.id;
        if (!n.type.empty()) a->type = n.type;
      }
}

}  // namespace kg::extract
