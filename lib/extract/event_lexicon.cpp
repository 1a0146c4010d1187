#include "kg/extract/event_lexicon.h"

#include <algorithm>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "lexicon_lines.h"

namespace kg::extract {
namespace {

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

const std::vector<std::string>& EventLexicon::classes() {
  static const std::vector<std::string> c{"agree",   "consult",  "support", "cooperate", "aid",     "yield",
                                          "request", "accuse",   "reject",  "threaten",  "protest", "sanction",
                                          "mobilize", "coerce",  "assault", "other"};
  return c;
}

std::string EventLexicon::quad_class(std::string_view c) {
  // PLOVER/CAMEO quad classes: talk vs. action, cooperation vs. conflict.
  if (c == "agree" || c == "consult" || c == "support" || c == "request") return "verbal cooperation";
  if (c == "cooperate" || c == "aid" || c == "yield") return "material cooperation";
  if (c == "accuse" || c == "reject" || c == "threaten") return "verbal conflict";
  if (c == "protest" || c == "sanction" || c == "mobilize" || c == "coerce" || c == "assault")
    return "material conflict";
  return "";
}

EventLexicon EventLexicon::load(const std::filesystem::path& path) {
  EventLexicon lex;
  lex.add_file(path);
  return lex;
}

void EventLexicon::add_file(const std::filesystem::path& path) { add(read_file(path), path.string()); }

void EventLexicon::add(std::string_view data, std::string_view source) {
  std::unordered_map<std::string, std::size_t> seen;  // within this file
  for_each_lexicon_line(data, source, 2, [&](std::size_t line, const std::vector<std::string>& cols) {
    std::string phrase = lower_words(cols[0]);
    std::string cls = lower_words(cols[1]);
    const auto& known = classes();
    if (std::find(known.begin(), known.end(), cls) == known.end()) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      throw Error(at_line(source, line, "unknown event class '" + cols[1] + "' (known: " + list + ")"));
    }
    auto [it, fresh] = seen.emplace(phrase, line);
    if (!fresh)
      throw Error(at_line(source, line,
                          "'" + phrase + "' is already listed on line " + std::to_string(it->second)));
    entries_[phrase] = cls;
    longest_ = std::max(longest_, split_words(phrase).size());
  });
}

EventClass EventLexicon::classify(std::string_view relation_lemma) const {
  std::vector<std::string> w = split_words(relation_lemma);
  // Leftmost position first (the governing verb decides), longest entry there.
  for (std::size_t i = 0; i < w.size(); ++i) {
    for (std::size_t len = std::min(longest_, w.size() - i); len >= 1; --len) {
      std::string key = w[i];
      for (std::size_t k = i + 1; k < i + len; ++k) key += ' ' + w[k];
      auto it = entries_.find(key);
      if (it != entries_.end()) return {it->second, quad_class(it->second)};
    }
  }
  return {"other", ""};
}

}  // namespace kg::extract
