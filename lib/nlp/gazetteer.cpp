#include "gazetteer.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <rapidjson/document.h>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/base/model_file.h"
#include "kg/nlp/perceptron.h"

namespace kg::nlp {
namespace {

constexpr int kMaxPhraseWords = 8;
constexpr std::uint64_t kPhraseSeed = 0x6a09e667f3bcc908ULL;

std::uint64_t extend(std::uint64_t h, std::uint64_t word) { return hash_mix(h ^ word); }

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t sp = s.find(' ', pos);
    if (sp == std::string_view::npos) sp = s.size();
    if (sp > pos) out.push_back(s.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

// "Guinea-Bissau" -> "Guinea" "-" "Bissau"; "People's" -> "People" "'s".
std::vector<std::string_view> split_treebank_style(const std::vector<std::string_view>& words) {
  std::vector<std::string_view> out;
  for (std::string_view w : words) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (w[i] == '-' && i > 0 && i + 1 < w.size()) {
        out.push_back(w.substr(pos, i - pos));
        out.push_back(w.substr(i, 1));
        pos = i + 1;
      }
    }
    std::string_view rest = w.substr(pos);
    if (rest.size() > 2 && rest.substr(rest.size() - 2) == "'s") {
      out.push_back(rest.substr(0, rest.size() - 2));
      out.push_back(rest.substr(rest.size() - 2));
    } else {
      out.push_back(rest);
    }
  }
  return out;
}

// Lines "CODE<TAB>phrase|phrase" ('#' comments), CODE checked against iso-codes
// (code_is_type: CODE is LOC, GPE or TITLE instead).
void read_tsv(Gazetteer& g, const std::filesystem::path& path, const std::set<std::string>& codes,
              std::uint8_t types, bool code_is_type) {
  std::string data = read_file(path);
  std::size_t line_no = 0, pos = 0;
  while (pos < data.size()) {
    std::size_t nl = data.find('\n', pos);
    if (nl == std::string::npos) nl = data.size();
    std::string_view line(data.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab + 1 >= line.size())
      throw Error(at_line(path.string(), line_no, "expected CODE<TAB>phrase|phrase"));
    std::string code(line.substr(0, tab));
    std::uint8_t t = types;
    if (code_is_type) {
      if (code == "LOC") t = kGazLoc;
      else if (code == "GPE") t = kGazGpe;
      else if (code == "TITLE") t = kGazTitle;
      else throw Error(at_line(path.string(), line_no, "type must be LOC, GPE or TITLE, found '" + code + "'"));
    } else if (!codes.count(code)) {
      throw Error(at_line(path.string(), line_no, "unknown ISO 3166-1 code '" + code + "'"));
    }
    std::string_view rest = line.substr(tab + 1);
    std::size_t p = 0;
    while (p <= rest.size()) {
      std::size_t bar = rest.find('|', p);
      if (bar == std::string_view::npos) bar = rest.size();
      if (bar > p) g.add(rest.substr(p, bar - p), t);
      p = bar + 1;
    }
  }
}

}  // namespace

void Gazetteer::add(std::string_view phrase, std::uint8_t types) {
  std::vector<std::string_view> words = split_spaces(phrase);
  if (words.empty()) return;
  add_tokens(words, types);
  std::vector<std::string_view> split = split_treebank_style(words);
  if (split.size() != words.size()) add_tokens(split, types);
}

void Gazetteer::add_tokens(const std::vector<std::string_view>& tokens, std::uint8_t types) {
  if (tokens.size() > kMaxPhraseWords) return;
  std::uint64_t h = kPhraseSeed;
  for (std::string_view t : tokens) h = extend(h, hash_text(t));
  entries_.push_back({h, types, static_cast<std::uint8_t>(tokens.size())});
  build();
}

void Gazetteer::build() {
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.hash < b.hash; });
  // Merge duplicates, or-ing their types.
  std::vector<Entry> merged;
  for (const Entry& e : entries_) {
    if (!merged.empty() && merged.back().hash == e.hash) merged.back().types |= e.types;
    else merged.push_back(e);
  }
  entries_ = std::move(merged);
  std::vector<std::pair<std::uint64_t, std::uint8_t>> items;
  max_length_ = 0;
  for (const Entry& e : entries_) {
    items.emplace_back(e.hash, e.types);
    max_length_ = std::max<int>(max_length_, e.length);
  }
  table_ = WordTable<std::uint8_t>(items);
}

Gazetteer Gazetteer::read_sources(const std::filesystem::path& iso_json, const std::filesystem::path& dir) {
  Gazetteer g;
  std::string json = read_file(iso_json);
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError())
    throw Error(at_byte(iso_json.string(), doc.GetErrorOffset(), "invalid JSON"));
  if (!doc.IsObject() || !doc.HasMember("3166-1") || !doc["3166-1"].IsArray())
    throw Error(iso_json.string() + ": expected an object with a \"3166-1\" array");
  std::set<std::string> codes;
  std::vector<std::string> names;
  for (const auto& c : doc["3166-1"].GetArray()) {
    if (!c.IsObject() || !c.HasMember("alpha_2") || !c["alpha_2"].IsString()) continue;
    codes.insert(c["alpha_2"].GetString());
    for (const char* key : {"name", "common_name", "official_name"}) {
      if (!c.HasMember(key) || !c[key].IsString()) continue;
      std::string name = c[key].GetString();
      if (name.find(',') != std::string::npos || name.find('(') != std::string::npos) continue;
      names.push_back(name);
    }
  }
  for (const auto& n : names) g.add(n, kGazGpe);
  read_tsv(g, dir / "country_aliases.tsv", codes, kGazGpe, false);
  read_tsv(g, dir / "capitals.tsv", codes, kGazGpe, false);
  read_tsv(g, dir / "demonyms.tsv", codes, kGazNorp, false);
  read_tsv(g, dir / "regions.tsv", codes, 0, true);
  read_tsv(g, dir / "titles.tsv", codes, 0, true);
  return g;
}

void Gazetteer::match(const Sentence& s, std::vector<GazetteerMatch>& out) const {
  const std::size_t n = s.words.size();
  out.assign(n, GazetteerMatch{});
  std::uint64_t prefix[kMaxPhraseWords];
  std::size_t i = 0;
  while (i < n) {
    std::size_t max_len = std::min<std::size_t>(static_cast<std::size_t>(max_length_), n - i);
    std::uint64_t h = kPhraseSeed;
    for (std::size_t k = 0; k < max_len; ++k) prefix[k] = h = extend(h, hash_text(s.words[i + k].form));
    std::size_t found = 0;
    std::uint8_t types = 0;
    for (std::size_t len = max_len; len >= 1; --len)
      if (const std::uint8_t* t = table_.find(prefix[len - 1])) {
        found = len;
        types = *t;
        break;
      }
    if (!found) {
      ++i;
      continue;
    }
    for (std::size_t k = 0; k < found; ++k) {
      out[i + k].types = types;
      out[i + k].position = found == 1 ? 4 : k == 0 ? 1 : k + 1 == found ? 3 : 2;
    }
    i += found;
  }
}

void Gazetteer::save(ModelWriter& out) const {
  out.u64(entries_.size());
  for (const Entry& e : entries_) {
    out.u64(e.hash);
    out.u8(e.types);
    out.u8(e.length);
  }
}

Gazetteer Gazetteer::load(ModelReader& in) {
  Gazetteer g;
  std::uint64_t n = in.u64("gazetteer size");
  if (n > (1u << 22)) in.fail("gazetteer size", "gazetteer too large");
  g.entries_.resize(static_cast<std::size_t>(n));
  for (Entry& e : g.entries_) {
    e.hash = in.u64("gazetteer phrase");
    e.types = in.u8("gazetteer types");
    e.length = in.u8("gazetteer length");
    if (e.length == 0 || e.length > kMaxPhraseWords) in.fail("gazetteer length", "bad phrase length");
  }
  g.build();
  return g;
}

}  // namespace kg::nlp
