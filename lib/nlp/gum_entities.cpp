#include <algorithm>
#include <set>
#include <string>

#include "kg/base/error.h"
#include "kg/nlp/ner_trainer.h"

namespace kg::nlp {
namespace {

struct Span {
  int first, last;
  std::string etype;
};

// GUM place mentions naming a geographic feature, a facility or a
// continent/region are LOC; other named places (countries, cities, states)
// are GPE.
bool is_location_word(std::string_view w) {
  static const std::set<std::string, std::less<>> kWords = {
      "river", "mountain", "mountains", "mount", "mt.", "lake", "ocean", "sea", "island", "islands", "valley",
      "desert", "bay", "coast", "peninsula", "park", "street", "st.", "avenue", "ave.", "road", "rd.", "forest",
      "canyon", "gulf", "strait", "beach", "hill", "hills", "falls", "square", "bridge", "trail", "creek",
      "glacier", "cape", "harbor", "harbour", "channel", "plain", "plains", "highway", "boulevard", "lane",
      "castle", "palace", "tower", "church", "cathedral", "temple", "airport", "station", "stadium", "hall",
      "abbey", "chapel", "garden", "gardens", "reef", "volcano", "lagoon", "marsh", "woods", "dam", "canal",
      "Europe", "Asia", "Africa", "Antarctica", "Oceania", "America", "Americas", "Arctic", "Antarctic",
      "Atlantic", "Pacific", "Mediterranean", "Caribbean", "Scandinavia", "Siberia", "Balkans", "Sahara",
      "Himalayas", "Alps", "Andes", "Rockies", "Midwest", "East", "West", "Middle"};
  if (kWords.count(w)) return true;
  std::string low(w);
  for (char& c : low)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return low != w && kWords.count(low) && !(low == "east" || low == "west" || low == "middle" || low == "america");
}

std::string map_type(const std::string& etype, const Sentence& s, int first, int last) {
  if (etype == "person") return "PERSON";
  if (etype == "organization") return "ORG";
  if (etype == "event") return "EVENT";
  if (etype == "place") {
    for (int i = first; i <= last; ++i)
      if (is_location_word(s.words[static_cast<std::size_t>(i)].form)) return "LOC";
    return "GPE";
  }
  return {};
}

// Proper nouns, and capitalised adjectives/nouns/numbers inside names
// ("National Library", "United States", "Digital Humanities Clinics").
bool is_name_word(const Word& w) {
  if (w.upos == "PROPN") return true;
  const bool cap = !w.form.empty() && w.form[0] >= 'A' && w.form[0] <= 'Z';
  return cap && (w.upos == "ADJ" || w.upos == "NOUN" || w.upos == "NUM" || w.upos == "VERB");
}

// Words that may join two parts of a name: "University of Portsmouth",
// "National Library of the Netherlands", "Bailey-Ross", "AT&T".
bool is_connector(const Word& w) {
  static const std::set<std::string, std::less<>> kJoin = {"of", "for", "the", "de", "du", "da", "von", "van",
                                                           "der", "del", "la", "le", "al", "-", "&"};
  return kJoin.count(w.form) > 0;
}

// The name inside a GUM mention: the run of proper nouns around the head,
// joined by connectors, without determiners, possessive 's, appositions or
// relative clauses ("the younger John Edleston" -> "John Edleston",
// "Mary Chaworth, whom he met..." -> "Mary Chaworth").
std::pair<int, int> name_span(const Sentence& s, int first, int last, int head, bool cut_titles) {
  auto word = [&](int i) -> const Word& { return s.words[static_cast<std::size_t>(i)]; };
  // With cut_titles, a person's title or role before the name is not part of
  // it: GUM marks it nmod:desc ("President Barack Obama", "Mr. Smith",
  // "Professor Cres Eastman"), and whatever precedes it ("Vice", "South
  // Korean") goes too. Places keep theirs ("St. Louis").
  if (cut_titles)
    for (int j = head - 1; j >= first; --j)
      if (word(j).deprel == "nmod:desc" && word(j).head - 1 == head) {
        first = j + 1;
        break;
      }
  int right = head;
  for (int j = head + 1; j <= last;) {
    if (is_name_word(word(j))) {
      right = j++;
      continue;
    }
    int k = j;
    while (k <= last && is_connector(word(k))) ++k;
    if (k > j && k <= last && is_name_word(word(k))) {
      right = k;
      j = k + 1;
      continue;
    }
    break;
  }
  int left = head;
  for (int j = head - 1; j >= first;) {
    if (is_name_word(word(j))) {
      left = j--;
      continue;
    }
    int k = j;
    while (k >= first && is_connector(word(k))) --k;
    if (k < j && k >= first && is_name_word(word(k))) {
      left = k;
      j = k - 1;
      continue;
    }
    break;
  }
  return {left, right};
}

}  // namespace

std::vector<Mention> gum_named_mentions(const Sentence& s, std::string_view source, bool cut_titles, bool inner_names) {
  std::vector<Span> spans;
  std::vector<std::pair<std::string, Span>> open;  // eid -> partial span
  for (int i = 0; i < static_cast<int>(s.words.size()); ++i) {
    std::string_view e = misc_value(s.words[static_cast<std::size_t>(i)].misc, "Entity");
    auto bad = [&](const char* what) {
      throw Error(at_line(source, s.line, "sentence " + s.id + ", word " + std::to_string(i + 1) + ": " + what +
                                              " in Entity=" + std::string(e)));
    };
    std::size_t j = 0;
    while (j < e.size()) {
      if (e[j] == '(') {
        std::size_t k = j + 1;
        while (k < e.size() && e[k] != '(' && e[k] != ')') ++k;
        std::string_view content = e.substr(j + 1, k - j - 1);
        std::size_t d1 = content.find('-');
        if (d1 == std::string_view::npos) bad("entity without a type");
        std::size_t d2 = content.find('-', d1 + 1);
        Span sp{i, i, std::string(content.substr(d1 + 1, d2 == std::string_view::npos ? std::string_view::npos : d2 - d1 - 1))};
        if (k < e.size() && e[k] == ')') {
          spans.push_back(sp);
          j = k + 1;
        } else {
          open.emplace_back(std::string(content.substr(0, d1)), sp);
          j = k;
        }
      } else {
        std::size_t k = e.find(')', j);
        if (k == std::string_view::npos) bad("expected ')'");
        std::string eid(e.substr(j, k - j));
        auto it = std::find_if(open.rbegin(), open.rend(), [&](const auto& o) { return o.first == eid; });
        if (it == open.rend()) bad("closing an entity that is not open");
        Span sp = it->second;
        sp.last = i;
        spans.push_back(sp);
        open.erase(std::next(it).base());
        j = k + 1;
      }
    }
  }
  std::vector<Mention> named;
  for (const Span& sp : spans) {
    int head = sp.first;
    for (int k = sp.first; k <= sp.last; ++k) {
      int h = s.words[static_cast<std::size_t>(k)].head - 1;
      if (h < sp.first || h > sp.last) {
        head = k;
        break;
      }
    }
    if (s.words[static_cast<std::size_t>(head)].upos != "PROPN") {
      // With inner_names, a name hanging on the common-noun head of the
      // mention: "actor Jason Beghe" is one GUM mention headed by "actor".
      int name = -1;
      for (int k = head + 1; inner_names && k <= sp.last && name < 0; ++k) {
        const Word& w = s.words[static_cast<std::size_t>(k)];
        if (w.upos == "PROPN" && w.head - 1 == head && (w.deprel == "flat" || w.deprel == "appos")) name = k;
      }
      if (name < 0) continue;
      head = name;
    }
    auto [first, last] = name_span(s, sp.first, sp.last, head, cut_titles && sp.etype == "person");
    std::string type = map_type(sp.etype, s, first, last);
    if (!type.empty()) named.push_back({first, last, type});
  }
  // Outermost names only (BILOU is flat); names crossing a kept one are dropped.
  std::sort(named.begin(), named.end(), [](const Mention& a, const Mention& b) {
    return a.first != b.first ? a.first < b.first : a.last > b.last;
  });
  std::vector<Mention> out;
  for (const Mention& m : named)
    if (out.empty() || m.first > out.back().last) out.push_back(m);
  return out;
}

std::map<std::string, NerScores> score_mentions(const std::vector<std::vector<Mention>>& gold,
                                                const std::vector<std::vector<Mention>>& predicted) {
  static const std::set<std::string> kCore = {"PERSON", "ORG", "GPE", "LOC"};
  std::map<std::string, NerScores> out;
  auto count = [&](const Mention& m, std::size_t NerScores::*field) {
    ++(out[m.type].*field);
    ++(out["all"].*field);
    if (kCore.count(m.type)) ++(out["core"].*field);
  };
  for (std::size_t i = 0; i < gold.size(); ++i) {
    for (const Mention& m : gold[i]) count(m, &NerScores::gold);
    if (i >= predicted.size()) continue;
    for (const Mention& m : predicted[i]) {
      count(m, &NerScores::predicted);
      if (std::find(gold[i].begin(), gold[i].end(), m) != gold[i].end()) count(m, &NerScores::correct);
    }
  }
  out["core"];
  out["all"];
  return out;
}

}  // namespace kg::nlp
