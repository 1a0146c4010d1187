#include "kg/extract/relation.h"

#include <algorithm>
#include <cctype>

#include "word_classes.h"

namespace kg::extract {
namespace {

std::string lowered(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void append(std::string& s, std::string_view w) {
  if (w.empty()) return;
  if (!s.empty()) s += ' ';
  s += w;
}

struct Builder {
  const nlp::Sentence& s;
  const Clause& c;

  const nlp::Word& w(int i) const { return s.words[static_cast<std::size_t>(i)]; }

  // Surface and lemma of the clause's own relation words.
  void base(ClauseTriple& t, bool drop_passive_aux) const {
    std::vector<int> words;
    for (int i : c.relation) {
      if (drop_passive_aux && (w(i).deprel == "aux:pass" || w(i).deprel == "aux")) continue;
      words.push_back(i);
    }
    t.relation_words = words;
    t.text = words.empty() ? "" : words_text(s, words);
    t.lemma.clear();
    if (c.kind == Clause::Kind::Apposition || c.kind == Clause::Kind::RoleNoun ||
        c.kind == Clause::Kind::NominalEvent) {
      append(t.lemma, c.relation_prefix);
      if (c.kind == Clause::Kind::RoleNoun) append(t.lemma, word_lemma(w(c.predicate)));
      if (c.kind == Clause::Kind::Apposition) t.text = "is";
      if (c.kind == Clause::Kind::RoleNoun) t.text = "is " + words_text(s, {c.predicate});
      if (c.kind == Clause::Kind::NominalEvent) t.text = c.relation_prefix;
      return;
    }
    for (int i : c.lemma_words) {
      if (is_negator(lowered(w(i).form))) continue;
      append(t.lemma, word_lemma(w(i)));
    }
  }
};

}  // namespace

std::string word_lemma(const nlp::Word& w) {
  if (w.lemma.empty() || w.lemma == "_") return lowered(w.form);
  // Proper nouns keep their case in the lemma; everything else is lower-cased.
  return w.upos == "PROPN" ? w.lemma : lowered(w.lemma);
}

std::vector<ClauseTriple> binarize(const nlp::Sentence& s, const Clause& c) {
  Builder b{s, c};
  std::vector<ClauseTriple> out;
  const ClauseArg* first_object = nullptr;
  for (const ClauseArg& a : c.args)
    if (a.role == ClauseArg::Role::Object && !first_object && !a.partner) first_object = &a;
  const bool active_from_agent = c.passive && c.agent >= 0;
  // The passive participle: the verb with the passive auxiliary ("expected"
  // in "is expected to meet"), else the last verb ("called" in "called off").
  int last_verb = c.lemma_words.empty() ? c.predicate : c.lemma_words.back();
  for (int i : c.lemma_words)
    if (b.w(i).upos == "VERB" || b.w(i).upos == "AUX") last_verb = i;
  for (std::size_t j = 0; j < s.words.size(); ++j) {
    const int h = s.words[j].head - 1;
    if (s.words[j].deprel == "aux:pass" &&
        std::find(c.lemma_words.begin(), c.lemma_words.end(), h) != c.lemma_words.end()) {
      last_verb = h;
      break;
    }
  }

  auto make = [&](const ClauseArg* obj) {
    ClauseTriple t;
    t.subject = c.subject;
    t.negated = c.negated;
    t.confidence = c.confidence;
    b.base(t, active_from_agent);
    if (c.passive && !active_from_agent && c.kind == Clause::Kind::Verbal) {
      // Kept passive: "be detained" reads better than the bare lemma.
      // "be" goes right before the participle: "seem to be left with", "be detained".
      std::string lemma;
      for (int i : c.lemma_words) {
        if (is_negator(lowered(b.w(i).form))) continue;
        if (i == last_verb) append(lemma, "be");
        append(lemma, i == last_verb ? lowered(b.w(i).form) : word_lemma(b.w(i)));
      }
      t.lemma = lemma;
    }
    if (obj) t.object = *obj;
    return t;
  };

  for (std::size_t k = 0; k < c.args.size(); ++k) {
    const ClauseArg& a = c.args[k];
    if (a.temporal) continue;
    if (active_from_agent && static_cast<int>(k) == c.agent) {
      // "was detained by authorities" -> authorities detain <patient>.
      ClauseTriple t = make(&c.subject);
      t.subject = a;
      t.subject.role = ClauseArg::Role::Subject;
      t.object.role = ClauseArg::Role::Object;
      out.push_back(std::move(t));
      continue;
    }
    ClauseTriple t = make(&a);
    if (a.role == ClauseArg::Role::Oblique) {
      if (c.kind == Clause::Kind::Copular || c.kind == Clause::Kind::Apposition) {
        // "is the leader of X" -> be leader of X
        const ClauseArg* attr = nullptr;
        for (const ClauseArg& x : c.args)
          if (x.role == ClauseArg::Role::Attribute) attr = &x;
        if (attr) {
          append(t.lemma, word_lemma(b.w(attr->head)));
          append(t.text, b.w(attr->head).form);
        }
      } else if (first_object && !a.in_attribute && c.kind == Clause::Kind::Verbal &&
                 b.w(first_object->head).upos == "NOUN") {
        // Only a common noun: "destroyed North Korea before the UN" is "destroy before".
        // "increased tensions with X" -> increase tension with X
        append(t.lemma, word_lemma(b.w(first_object->head)));
        append(t.text, b.w(first_object->head).form);
      }
      append(t.lemma, a.prep);
      append(t.text, a.prep);
      t.confidence *= a.in_attribute ? 0.95 : 0.9;
    }
    out.push_back(std::move(t));
  }
  if (out.empty()) out.push_back(make(nullptr));
  return out;
}

}  // namespace kg::extract
