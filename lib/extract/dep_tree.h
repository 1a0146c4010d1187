// Read-only view of a parsed sentence as a tree: children lists, relation
// names split into base and subtype, and subtree collection with a depth limit.
#pragma once
#include <string_view>
#include <vector>

#include "kg/nlp/conllu.h"

namespace kg::extract {

class DepTree {
 public:
  explicit DepTree(const nlp::Sentence& s);

  const nlp::Sentence& sentence() const { return s_; }
  int size() const { return static_cast<int>(s_.words.size()); }
  const nlp::Word& word(int i) const { return s_.words[static_cast<std::size_t>(i)]; }
  // 0-based head, -1 for the root or an unattached word.
  int head(int i) const { return heads_[static_cast<std::size_t>(i)]; }
  const std::vector<int>& children(int i) const { return kids_[static_cast<std::size_t>(i)]; }
  std::string_view rel(int i) const { return word(i).deprel; }
  std::string_view base(int i) const;  // "nsubj" for "nsubj:pass"
  std::string_view upos(int i) const { return word(i).upos; }
  std::string lower(int i) const;      // lower-cased form
  std::string lower_lemma(int i) const;  // lower-cased lemma (the form when there is none)

  // First child with this relation (full "obl:agent" or base "obl"), or -1.
  int child(int i, std::string_view rel) const;
  bool has_child(int i, std::string_view rel) const { return child(i, rel) >= 0; }
  bool rel_is(int i, std::string_view rel) const;  // full or base match

  // Words of the subtree of `root` (sorted), skipping the subtrees of children
  // whose relation is in `skip` (full or base names), and of `exclude` words.
  std::vector<int> subtree(int root, const std::vector<std::string_view>& skip = {},
                           const std::vector<int>& exclude = {}, int max_depth = 40) const;

  // True when i is a proper name or inside one (PROPN, or an NER entity tag).
  bool is_name(int i) const;
  bool is_verbal(int i) const;  // VERB, or AUX without a nominal head of its own

 private:
  const nlp::Sentence& s_;
  std::vector<int> heads_;
  std::vector<std::vector<int>> kids_;
};

// The base relation of a full UD relation name.
std::string_view base_rel(std::string_view rel);

}  // namespace kg::extract
