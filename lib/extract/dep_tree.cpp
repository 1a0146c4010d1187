#include "dep_tree.h"

#include <algorithm>
#include <cctype>

namespace kg::extract {

std::string_view base_rel(std::string_view rel) {
  auto colon = rel.find(':');
  return colon == std::string_view::npos ? rel : rel.substr(0, colon);
}

DepTree::DepTree(const nlp::Sentence& s) : s_(s) {
  const int n = static_cast<int>(s.words.size());
  heads_.assign(static_cast<std::size_t>(n), -1);
  kids_.assign(static_cast<std::size_t>(n), {});
  for (int i = 0; i < n; ++i) {
    int h = s.words[static_cast<std::size_t>(i)].head;
    // Heads out of range or pointing at the word itself are treated as unattached.
    if (h >= 1 && h <= n && h - 1 != i) {
      heads_[static_cast<std::size_t>(i)] = h - 1;
      kids_[static_cast<std::size_t>(h - 1)].push_back(i);
    }
  }
}

std::string_view DepTree::base(int i) const { return base_rel(rel(i)); }

std::string DepTree::lower_lemma(int i) const {
  const nlp::Word& w = word(i);
  std::string l = w.lemma.empty() ? w.form : w.lemma;
  for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return l;
}

std::string DepTree::lower(int i) const {
  std::string out = word(i).form;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool DepTree::rel_is(int i, std::string_view r) const {
  std::string_view full = rel(i);
  return full == r || (r.find(':') == std::string_view::npos && base_rel(full) == r);
}

int DepTree::child(int i, std::string_view r) const {
  for (int c : children(i))
    if (rel_is(c, r)) return c;
  return -1;
}

std::vector<int> DepTree::subtree(int root, const std::vector<std::string_view>& skip,
                                  const std::vector<int>& exclude, int max_depth) const {
  std::vector<int> out;
  // Explicit stack of (word, depth): no recursion, and a malformed tree with a
  // cycle stops at the depth limit instead of looping.
  std::vector<std::pair<int, int>> stack{{root, 0}};
  while (!stack.empty()) {
    auto [w, d] = stack.back();
    stack.pop_back();
    out.push_back(w);
    if (d >= max_depth) continue;
    for (int c : children(w)) {
      if (std::find(exclude.begin(), exclude.end(), c) != exclude.end()) continue;
      bool skipped = false;
      for (std::string_view r : skip)
        if (rel_is(c, r)) skipped = true;
      if (!skipped) stack.emplace_back(c, d + 1);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool DepTree::is_name(int i) const {
  const auto& w = word(i);
  if (w.upos == "PROPN") return true;
  return !w.ner.empty() && w.ner != "O";
}

bool DepTree::is_verbal(int i) const {
  std::string_view u = upos(i);
  if (u == "VERB") return true;
  return u == "AUX" && (base(i) == "root" || base(i) == "conj" || base(i) == "ccomp" ||
                        base(i) == "advcl" || base(i) == "acl" || base(i) == "parataxis");
}

}  // namespace kg::extract
