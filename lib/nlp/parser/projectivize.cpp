#include "kg/nlp/projectivize.h"

#include <algorithm>
#include <map>

namespace kg::nlp {
namespace {

bool dominates(std::span<const int> heads, int h, int w) {
  // Bounded walk so that a malformed (cyclic) input cannot loop forever.
  for (std::size_t steps = 0; w > 0 && steps < heads.size(); ++steps) {
    w = heads[static_cast<std::size_t>(w)];
    if (w == h) return true;
  }
  return h == 0;
}

bool arc_is_projective(std::span<const int> heads, int d) {
  int h = heads[static_cast<std::size_t>(d)];
  for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k)
    if (!dominates(heads, h, k)) return false;
  return true;
}

std::string_view plain_part(std::string_view label) {
  auto p = label.find(kLiftSeparator);
  return p == std::string_view::npos ? label : label.substr(0, p);
}

}  // namespace

bool is_projective(std::span<const int> heads) {
  for (std::size_t d = 1; d < heads.size(); ++d)
    if (!arc_is_projective(heads, static_cast<int>(d))) return false;
  return true;
}

bool projectivize(std::vector<int>& heads, std::vector<std::string>& labels) {
  bool lifted = false;
  const int n = static_cast<int>(heads.size()) - 1;
  for (;;) {
    int best = -1, best_len = 0;
    for (int d = 1; d <= n; ++d) {
      int h = heads[static_cast<std::size_t>(d)];
      if (h <= 0 || arc_is_projective(heads, d)) continue;
      int len = std::abs(h - d);
      if (best < 0 || len < best_len) best = d, best_len = len;
    }
    if (best < 0) return lifted;
    auto d = static_cast<std::size_t>(best);
    auto h = static_cast<std::size_t>(heads[d]);
    if (labels[d].find(kLiftSeparator) == std::string::npos)
      labels[d] += std::string(kLiftSeparator) + std::string(plain_part(labels[h]));
    heads[d] = heads[h];
    lifted = true;
  }
}

void deprojectivize(std::span<int> heads, std::span<int> labels, std::span<const int> plain,
                    std::span<const int> head_label, DeprojectivizeScratch& s) {
  const std::size_t size = heads.size();
  for (std::size_t d = 1; d < size; ++d) {
    int target = head_label[static_cast<std::size_t>(labels[d])];
    if (target < 0) continue;
    // Children lists (CSR), rebuilt after every move because the tree changes.
    s.child_start.assign(size + 1, 0);
    for (std::size_t w = 1; w < size; ++w) ++s.child_start[static_cast<std::size_t>(heads[w]) + 1];
    for (std::size_t i = 1; i <= size; ++i) s.child_start[i] += s.child_start[i - 1];
    s.children.assign(size, 0);
    s.queue.assign(s.child_start.begin(), s.child_start.end() - 1);  // fill positions
    for (std::size_t w = 1; w < size; ++w) s.children[static_cast<std::size_t>(s.queue[static_cast<std::size_t>(heads[w])]++)] = static_cast<int>(w);
    // Words in d's own subtree cannot become its head.
    s.in_subtree.assign(size, 0);
    for (std::size_t w = 1; w < size; ++w)
      if (w == d || dominates(heads, static_cast<int>(d), static_cast<int>(w))) s.in_subtree[w] = 1;
    s.queue.clear();
    s.queue.push_back(heads[d]);
    int found = -1;
    for (std::size_t qi = 0; qi < s.queue.size() && found < 0; ++qi) {
      auto x = static_cast<std::size_t>(s.queue[qi]);
      for (int i = s.child_start[x]; i < s.child_start[x + 1]; ++i) {
        int c = s.children[static_cast<std::size_t>(i)];
        if (s.in_subtree[static_cast<std::size_t>(c)]) continue;
        if (plain[static_cast<std::size_t>(labels[static_cast<std::size_t>(c)])] == target) {
          found = c;
          break;
        }
        s.queue.push_back(c);
      }
    }
    if (found >= 0) heads[d] = found;
  }
  for (std::size_t d = 1; d < size; ++d) labels[d] = plain[static_cast<std::size_t>(labels[d])];
}

void deprojectivize(std::vector<int>& heads, std::vector<std::string>& labels) {
  std::map<std::string, int> ids;
  std::vector<std::string> names;
  auto id = [&](const std::string& l) {
    auto [it, fresh] = ids.emplace(l, static_cast<int>(names.size()));
    if (fresh) names.push_back(l);
    return it->second;
  };
  std::vector<int> label_ids(labels.size(), 0);
  for (std::size_t i = 1; i < labels.size(); ++i) label_ids[i] = id(labels[i]);
  for (std::size_t i = 0; i < names.size(); ++i) {  // make sure plain parts and head labels have ids
    auto p = names[i].find(kLiftSeparator);
    if (p != std::string::npos) {
      id(names[i].substr(0, p));
      id(names[i].substr(p + kLiftSeparator.size()));
    }
  }
  std::vector<int> plain(names.size()), head_label(names.size(), -1);
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto p = names[i].find(kLiftSeparator);
    plain[i] = p == std::string::npos ? static_cast<int>(i) : ids.at(names[i].substr(0, p));
    if (p != std::string::npos) head_label[i] = ids.at(names[i].substr(p + kLiftSeparator.size()));
  }
  DeprojectivizeScratch scratch;
  deprojectivize(heads, label_ids, plain, head_label, scratch);
  for (std::size_t i = 1; i < labels.size(); ++i) labels[i] = names[static_cast<std::size_t>(label_ids[i])];
}

}  // namespace kg::nlp
