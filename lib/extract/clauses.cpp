// Verbal and copular clauses: a walk from the roots of the tree that carries
// the inherited subject and the attribution down into coordinated, adverbial
// and controlled clauses. Nominal clauses (appositions, role nouns, event
// nouns) are in clauses_nominal.cpp.
#include <algorithm>
#include <cctype>
#include <string>

#include "clause_builder.h"
#include "kg/extract/clauses.h"
#include "word_classes.h"

namespace kg::extract {

std::string words_text(const nlp::Sentence& s, const std::vector<int>& words) {
  std::string out;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const nlp::Word& w = s.words[static_cast<std::size_t>(words[k])];
    if (k > 0) {
      const nlp::Word& prev = s.words[static_cast<std::size_t>(words[k - 1])];
      bool adjacent = words[k] == words[k - 1] + 1;
      bool touching = adjacent && ((prev.end != 0 && prev.end == w.start) ||
                                   (prev.end == 0 && nlp::misc_value(prev.misc, "SpaceAfter") == "No"));
      if (!touching) out += ' ';
    }
    out += w.form;
  }
  return out;
}

ClauseBuilder::ClauseBuilder(const nlp::Sentence& s, const ClauseOptions& o)
    : t_(s), o_(o), folded_(s.words.size(), 0), controller_(s.words.size(), -1) {}

std::vector<Clause> ClauseBuilder::run() {
  for (int i = 0; i < t_.size(); ++i)
    if (t_.head(i) < 0) walk(i, Context{}, 0);
  nominal_clauses();
  return std::move(out_);
}

namespace {

bool is_punct(const DepTree& t, int i) { return t.upos(i) == "PUNCT"; }

// "off-ramp", "anti-war": a word glued to a hyphen is part of a compound,
// whatever the parser made of it.
bool hyphen_glued(const DepTree& t, int i) {
  return i + 1 < t.size() && t.word(i + 1).xpos == "HYPH" && t.word(i).end != 0 && t.word(i).end == t.word(i + 1).start;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Relations whose subtrees do not belong in an argument phrase.
// (An adverbial clause under a noun is a misparse: "symbolic moves, as
// Trump pivots to sanctions" -- the clause is the verb's.)
const std::vector<std::string_view> kPhraseSkip{"conj", "cc", "acl:relcl", "appos", "parataxis", "advcl"};

}  // namespace

// "cancelled that meeting" parsed as "that" + a relative clause headed by the
// noun: the verbless "relative clause" right after a determiner or "that" is
// the rest of the noun phrase. Returns that noun, or -1.
int ClauseBuilder::misparsed_relative_noun(int head) const {
  if (!(t_.upos(head) == "DET" || t_.upos(head) == "SCONJ")) return -1;
  for (int c : t_.children(head))
    if (c == head + 1 && t_.rel(c) == "acl:relcl" && t_.upos(c) == "NOUN" && !t_.has_child(c, "cop") &&
        !t_.has_child(c, "nsubj"))
      return c;
  return -1;
}

std::vector<int> ClauseBuilder::phrase(int head, const std::vector<int>& exclude_in) const {
  std::vector<int> exclude = exclude_in;
  // "North and South Korea on Friday opened ...": a time attached to a noun
  // is the clause's adverbial, not part of who or what.
  for (int c : t_.children(head))
    if (c > head && t_.base(c) == "nmod" && t_.rel(c) != "nmod:poss" && is_temporal(c) && prep_of(c) != "of")
      exclude.push_back(c);
  std::vector<int> w = t_.subtree(head, kPhraseSkip, exclude, o_.max_depth);
  if (const int c = misparsed_relative_noun(head); c >= 0)
    for (int x : t_.subtree(c, kPhraseSkip, exclude, o_.max_depth)) w.push_back(x);
  std::sort(w.begin(), w.end());
  w.erase(std::unique(w.begin(), w.end()), w.end());
  // A leading preposition belongs to the relation ("of people" -> "people").
  std::vector<int> lead;
  for (int c : t_.children(head))
    if (c < head && t_.rel_is(c, "case") && !hyphen_glued(t_, c))
      for (int x : t_.subtree(c, {}, {}, o_.max_depth)) lead.push_back(x);
  if (std::find(detached_.begin(), detached_.end(), head) == detached_.end())
    std::erase_if(w, [&](int i) { return std::find(detached_.begin(), detached_.end(), i) != detached_.end(); });
  std::erase_if(w, [&](int i) { return std::find(lead.begin(), lead.end(), i) != lead.end(); });
  // Punctuation inside a phrase ("name-calling", "U.S.") stays; only commas
  // and quotes at the edges go.
  while (w.size() > 1 && is_punct(t_, w.front())) w.erase(w.begin());
  while (w.size() > 1 && is_punct(t_, w.back())) w.pop_back();
  return w;
}

std::vector<int> ClauseBuilder::clause_words(int head) const {
  std::vector<int> w = t_.subtree(head, {}, {}, o_.max_depth);
  std::vector<int> out;
  for (int i : w)
    if (!(i == t_.child(head, "mark") && t_.head(i) == head)) out.push_back(i);
  while (out.size() > 1 && is_punct(t_, out.front())) out.erase(out.begin());
  while (out.size() > 1 && is_punct(t_, out.back())) out.pop_back();
  return out;
}

// The preposition is printed with the relation, not the argument ("with
// Kim" -> "Kim"); a hyphenated "off-ramp" keeps its "off".
void ClauseBuilder::strip_case(std::vector<int>& words, int head, bool before_only) const {
  std::erase_if(words, [&](int w) {
    return t_.rel_is(w, "case") && t_.head(w) == head && (!before_only || w < head) && !hyphen_glued(t_, w);
  });
}

std::string ClauseBuilder::prep_of(int noun) const {
  std::string p;
  for (int c : t_.children(noun)) {
    if (!t_.rel_is(c, "case") || c > noun || hyphen_glued(t_, c)) continue;
    if (t_.word(c).xpos == "POS" || t_.lower(c) == "'s" || t_.lower(c) == "’s") continue;
    if (!p.empty()) p += ' ';
    p += t_.lower(c);
    for (int f : t_.children(c))
      if (t_.rel_is(f, "fixed")) p += ' ' + t_.lower(f);
  }
  return p;
}

bool ClauseBuilder::is_temporal(int noun) const {
  std::string_view r = t_.rel(noun);
  if (r == "obl:tmod" || r == "obl:unmarked" || r == "obl:npmod" || r == "nmod:tmod") return true;
  const std::string& ner = t_.word(noun).ner;
  if (ner.size() > 2 && (ner.ends_with("DATE") || ner.ends_with("TIME"))) return true;
  std::string lemma = t_.word(noun).lemma;
  for (char& c : lemma) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return is_time_noun(lemma) || t_.upos(noun) == "NUM";
}

// One entry per conjunct of the phrase headed by `head`: the head itself, its
// conj dependents, and the conjoined modifiers of "North and South Korea".
std::vector<ClauseArg> ClauseBuilder::conjuncts(int head, ClauseArg::Role role, const std::string& prep) const {
  std::vector<int> heads{head};
  for (int c : t_.children(head))
    if (t_.rel_is(c, "conj") && t_.upos(c) != "VERB") heads.push_back(c);
  std::vector<ClauseArg> out;
  for (int h : heads) {
    ClauseArg a;
    a.head = h;
    // "cancelled that meeting" misparsed as "that" + relative "meeting": the noun heads it.
    if (const int c = misparsed_relative_noun(h); c >= 0) a.head = c;
    a.slot = head;
    a.role = role;
    a.prep = h == head ? prep : prep_of(h).empty() ? prep : prep_of(h);
    a.words = phrase(h);
    // "in front of her", "on top of that", "in the wake of X": a noun that
    // only makes a preposition with its "of" is part of the preposition.
    if (!a.prep.empty() && is_preposition_noun(lower(t_.word(h).lemma))) {
      for (int m : t_.children(h))
        if (m > h && t_.base(m) == "nmod" && prep_of(m) == "of") {
          a.prep += " " + lower(t_.word(h).lemma) + " of";
          a.head = m;
          a.words = phrase(m);
          break;
        }
    }
    // "Thousands of protesters marched", "a group of lawmakers": who acts are
    // the people counted, not the count.
    if (is_quantity_noun(t_.lower_lemma(a.head)))
      for (int m : t_.children(a.head))
        if (m > a.head && t_.base(m) == "nmod" && prep_of(m) == "of") {
          a.actor_head = m;
          break;
        }
    a.temporal = role == ClauseArg::Role::Oblique && is_temporal(a.head);
    // "North and South Korea": a modifier of the head with its own conjuncts
    // gives one phrase per modifier.
    bool split = false;
    for (int m : t_.children(h)) {
      if (!(t_.rel_is(m, "amod") || t_.rel_is(m, "compound") || t_.rel_is(m, "nmod:poss")) || m > h) continue;
      for (int mc : t_.children(m)) {
        if (!t_.rel_is(mc, "conj") || mc > h) continue;
        std::vector<int> mc_words = t_.subtree(mc, {"cc", "punct"}, {}, o_.max_depth);
        std::vector<int> first = phrase(h, {mc});
        std::erase_if(first, [&](int w) { return t_.rel_is(w, "cc") && t_.head(w) == mc; });
        std::vector<int> second;
        std::vector<int> m_words = t_.subtree(m, {}, {}, o_.max_depth);
        for (int w : phrase(h))
          if (std::find(m_words.begin(), m_words.end(), w) == m_words.end()) second.push_back(w);
        second.insert(second.end(), mc_words.begin(), mc_words.end());
        std::sort(second.begin(), second.end());
        ClauseArg b = a;
        a.words = first;
        b.words = second;
        a.distributed = b.distributed = true;
        b.head = h;
        if (!split) out.push_back(a);
        out.push_back(b);
        split = true;
      }
    }
    if (!split) out.push_back(a);
    // "spoke to North Korea's head of state, Kim Yong Nam": the description
    // and the name it stands beside are one participant; the name is the one
    // the graph needs.
    if (!t_.is_name(h) && t_.upos(h) != "PRON") {
      int name = -1;
      for (int m : t_.children(h))
        if (t_.rel_is(m, "appos") && m > h && t_.is_name(m) && set_off(m) &&
            !(t_.word(m).ner.ends_with("PERSON") && t_.word(h).xpos == "NNS")) {  // one person is no plural
          name = m;
          break;
        }
      // "head of state at the Winter Games, Kim Yong Nam": a person's name
      // hung on a name that is no person belongs to the description.
      if (name < 0) name = appositive_person_below(h);
      if (name >= 0) {
        ClauseArg b = a;
        b.head = name;
        b.words = phrase(name);
        b.appositive = true;
        out.push_back(b);
      }
    }
  }
  return out;
}

// A person's name in apposition to a name inside the nominal modifiers of
// `head` (which is no name), or -1.
int ClauseBuilder::appositive_person_below(int head) const {
  auto person = [&](int i) { return t_.word(i).ner.ends_with("PERSON"); };
  std::vector<int> frontier{head};
  for (int depth = 0; depth < 3 && !frontier.empty(); ++depth) {
    std::vector<int> next;
    for (int x : frontier)
      for (int k : t_.children(x)) {
        if (k < x) continue;
        if (t_.base(k) == "nmod" && t_.rel(k) != "nmod:poss") next.push_back(k);
        if (x != head && t_.rel_is(k, "appos") && t_.is_name(k) && t_.is_name(x) && person(k) && !person(x))
          return k;
      }
    frontier = std::move(next);
  }
  return -1;
}

// The relative pronoun or complementiser of a relative clause stands for the
// noun the clause modifies.
bool ClauseBuilder::is_rel_pronoun(int w) const {
  return t_.word(w).feats.find("PronType=Rel") != std::string::npos ||
         ((t_.upos(w) == "PRON" || t_.upos(w) == "DET") && is_relativizer(t_.lower(w)));
}

void ClauseBuilder::walk(int node, const Context& ctx, int depth) {
  if (depth > o_.max_depth) return;
  Context next = ctx;
  next.subject_inherited = true;
  std::string_view base = t_.base(node);
  bool predicate = false;
  if (!folded_[static_cast<std::size_t>(node)]) {
    bool copular = t_.has_child(node, "cop");
    bool clause_rel = base == "root" || base == "conj" || base == "ccomp" || base == "advcl" ||
                      base == "acl" || base == "parataxis" || base == "xcomp" || base == "dep" ||
                      base == "csubj" || base == "list";
    if ((copular || t_.is_verbal(node)) && clause_rel) {
      predicate = true;
      build_predicate(node, ctx, depth, next);
    }
  }
  for (int c : t_.children(node)) {
    std::string_view cb = t_.base(c);
    Context child = next;
    if (!predicate) child = ctx;
    // Only coordinated, adverbial and controlled clauses share the subject.
    const bool reported = predicate && (cb == "ccomp" || is_fronted_report(node, c)) &&
                          is_speech_verb(t_.word(node).lemma);
    if (!(cb == "conj" || cb == "advcl" || cb == "xcomp") || reported) {
      child.subjects.clear();
    }
    if (predicate && next.complement_subject && cb == "ccomp" && !t_.has_child(c, "nsubj") &&
        !t_.has_child(c, "nsubj:pass"))
      child.subjects = next.subjects;
    if (const int o = controller_[static_cast<std::size_t>(node)];
        o >= 0 && c > o && (cb == "xcomp" || cb == "advcl") && !folded_[static_cast<std::size_t>(c)] &&
        object_controller(node, c) == o)
      child.subjects = conjuncts(o, ClauseArg::Role::Subject, "");
    // "He took the parents of X, who died after suffering injuries in
    // detention, and promised sanctions": a finite verb conjoined to a noun
    // deep in the sentence is the main clause's second verb.
    if (!predicate && cb == "conj" && t_.upos(c) == "VERB" && (t_.upos(node) == "NOUN" || t_.upos(node) == "PROPN") &&
        !t_.has_child(node, "cop") && !t_.has_child(c, "nsubj") && !t_.has_child(c, "nsubj:pass") &&
        !t_.has_child(c, "aux") && t_.has_child(c, "cc") && !main_subjects_.empty()) {
      const std::string& x = t_.word(c).xpos;
      if (x == "VBD" || x == "VBZ" || x == "VBP" || (x == "VBN" && !t_.has_child(c, "aux:pass")))
        child.subjects = main_subjects_;
    }
    child.complement_subject = false;
    if (reported && !next.speaker.empty()) child.attribution = next.speaker;
    walk(c, child, depth + 1);
  }
}

}  // namespace kg::extract

namespace kg::extract {

std::vector<Clause> extract_clauses(const nlp::Sentence& sentence, const ClauseOptions& options) {
  ClauseBuilder b(sentence, options);
  return b.run();
}

}  // namespace kg::extract
