// Clauses without a verb: appositions ("Kim Yo Jong, sister of ..."), role
// nouns before a name ("North Korean leader Kim Jong Un") and possessive event
// nouns ("Trump's summit with Kim").
#include <algorithm>
#include <cctype>

#include "clause_builder.h"
#include "coref/lexicon.h"
#include "kg/extract/canonical.h"
#include "kg/extract/nominal_lexicon.h"

namespace kg::extract {
namespace {

bool capitalised(const std::string& s) { return !s.empty() && std::isupper(static_cast<unsigned char>(s[0])); }

// A noun that names a person by what they are ("student", "sister", "envoy").
bool person_word(const std::string& lemma) {
  return coref::is_person_noun(lemma) || coref::is_title_word(lemma) ||
         coref::gendered_noun(lemma) != coref::Gender::Unknown;
}

}  // namespace

// The name a head stands in: the head with its flat and proper compound parts.
std::vector<int> ClauseBuilder::name_words(int head) const {
  std::vector<int> w{head};
  for (int k : t_.children(head))
    if (t_.base(k) == "flat" || (t_.base(k) == "compound" && t_.is_name(k)) || t_.rel_is(k, "fixed"))
      for (int x : t_.subtree(k, {}, {}, o_.max_depth)) w.push_back(x);
  std::sort(w.begin(), w.end());
  return w;
}

// An apposition is set off by a comma, a dash or a bracket; without one the
// parser has usually made a subject ("a result President Trump said ...")
// into an apposition.
// (A role noun right before a name, "leader Kim Jong Un", is the other
// shape of an apposition.)
bool ClauseBuilder::set_off(int appos) const {
  std::vector<int> w = t_.subtree(appos, {}, {}, o_.max_depth);
  const int first = *std::min_element(w.begin(), w.end());
  if ((first > 0 && t_.upos(first - 1) == "PUNCT") || t_.upos(first) == "PUNCT") return true;
  const int head = t_.head(appos);
  return head >= 0 && head < appos && (person_word(t_.lower_lemma(head)) || t_.is_name(head));
}

// "X is <predicate>": the frame of appositions and role nouns.
Clause ClauseBuilder::be_clause(Clause::Kind kind, int predicate, int subject, std::vector<int> subject_words) const {
  Clause c;
  c.kind = kind;
  c.predicate = predicate;
  c.relation_prefix = "be";
  c.subject.head = subject;
  c.subject.role = ClauseArg::Role::Subject;
  c.subject.words = std::move(subject_words);
  return c;
}

void ClauseBuilder::nominal_clauses() {
  for (int i = 0; i < t_.size(); ++i) {
    if (t_.head(i) < 0) continue;
    if (t_.base(i) == "appos") apposition(i);
    if ((t_.rel(i) == "nmod:desc" || t_.base(i) == "compound") && (t_.upos(i) == "NOUN" || t_.upos(i) == "PROPN"))
      role_noun(i);
    if (t_.upos(i) == "NOUN" && o_.nominals) nominal_event(i);
    if (t_.upos(i) == "NOUN") possessed_role(i);
  }
}

// "sister of Kim Jong Un", "North Korea's head of state": the owner inside a
// description, so that the graph gets "be sister of" between two actors.
void ClauseBuilder::attribute_obliques(int desc, Clause& c) const {
  // "North Korean leader", "Japanese prime minister": a proper modifier
  // before the description names whose.
  std::vector<int> owner = owner_words(desc, false);
  if (!owner.empty()) {
    ClauseArg of;
    of.head = owner.back();
    of.role = ClauseArg::Role::Oblique;
    of.prep = "of";
    of.words = owner;
    of.in_attribute = true;
    c.args.push_back(of);
  }
  for (int k : t_.children(desc)) {
    std::string prep;
    if (t_.rel_is(k, "nmod:poss"))
      prep = "of";
    else if (t_.base(k) == "nmod" && k > desc)
      prep = prep_of(k);
    else
      continue;
    if (prep.empty() || t_.upos(k) == "PRON") continue;
    for (ClauseArg& a : conjuncts(k, ClauseArg::Role::Oblique, prep)) {
      strip_case(a.words, a.head, false);
      a.in_attribute = true;
      if (!a.words.empty()) c.args.push_back(std::move(a));
    }
  }
}

void ClauseBuilder::apposition(int appos) {
  int head = t_.head(appos);
  if (t_.upos(head) == "VERB" || t_.upos(head) == "AUX") return;
  if (t_.upos(head) == "PUNCT" || t_.upos(appos) == "PUNCT") return;  // a misparse, no description
  if (!set_off(appos)) return;
  int name = head, desc = appos;
  if (t_.is_name(appos) && !t_.is_name(head)) std::swap(name, desc);
  if (t_.is_name(name) && t_.is_name(desc)) {
    // Two names are a list, unless a person's name hangs on a place or event
    // inside a description: "the head of state at the Games, Kim Yong Nam".
    int d = -1;
    for (int x = head, step = 0; step < 3 && x >= 0; ++step) {
      if (!t_.is_name(x) && t_.upos(x) == "NOUN" && appositive_person_below(x) == appos) d = x;
      if (t_.base(x) != "nmod" || t_.rel(x) == "nmod:poss") break;
      x = t_.head(x);
    }
    if (d < 0) return;
    name = appos;
    desc = d;
    head = d;
  }
  // "sanctions on officials ..., Otto Warmbier": one person is no apposition
  // of a plural noun; the parser hung the name on the wrong phrase.
  // ("Moon and Abe — both close US allies" describes each of them.)
  if (t_.word(name).ner.ends_with("PERSON") && t_.word(desc).xpos == "NNS") {
    bool each = false;
    for (int k : t_.children(desc)) each = each || t_.lower(k) == "both" || t_.lower(k) == "all";
    if (!each) return;
  }
  // "Moon Jae-in (bottom left in the white coat)": a bracketed note on a
  // person that is no word for a person describes the picture, not the man.
  if (t_.word(name).ner.ends_with("PERSON") && t_.upos(desc) == "NOUN") {
    std::vector<int> dw = t_.subtree(desc, {}, {}, o_.max_depth);
    const int before = *std::min_element(dw.begin(), dw.end()) - 1;
    if (before >= 0 && t_.word(before).form == "(" && !person_word(t_.lower_lemma(desc))) return;
  }
  Clause c = be_clause(Clause::Kind::Apposition, desc, name, name == head ? phrase(name, {appos}) : phrase(name));
  ClauseArg attr;
  attr.head = desc;
  attr.role = ClauseArg::Role::Attribute;
  attr.words = desc == head ? phrase(desc, {appos}) : phrase(desc);
  c.args.push_back(attr);
  attribute_obliques(desc, c);
  c.confidence = t_.is_name(name) ? 0.8 : 0.5;
  out_.push_back(std::move(c));
}

// The capitalised modifiers before a role or description that say whose it
// is: "North Korean" leader, "FLDS" elder, "Japan's" envoy. A title that is
// itself a proper noun ("Vice President") only counts adjectives ("South
// Korean President"), since a proper compound is part of the title.
std::vector<int> ClauseBuilder::owner_words(int role, bool with_possessive) const {
  const bool proper_role = t_.upos(role) == "PROPN";
  std::vector<int> words;
  for (int k : t_.children(role)) {
    if (k > role || !capitalised(t_.word(k).form)) continue;
    bool owner = false;
    if (t_.base(k) == "amod" && t_.upos(k) != "NOUN") owner = true;
    // With a gazetteer the place decides below, so a proper compound may be
    // part of it ("South" Korean President).
    if ((!proper_role || o_.places) && t_.base(k) == "compound" && t_.is_name(k)) owner = true;
    if (!proper_role && with_possessive && t_.rel_is(k, "nmod:poss") && t_.is_name(k)) owner = true;
    if (!owner) continue;
    for (int x : t_.subtree(k, {"case", "punct"}, {}, o_.max_depth)) words.push_back(x);
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  if (!o_.places || words.empty()) return words;
  // "Japanese Prime Minister": of the modifiers, the longest run that names a
  // country or its people is the owner; "Prime" belongs to the title.
  for (std::size_t len = words.size(); len > 0; --len)
    for (std::size_t from = 0; from + len <= words.size(); ++from) {
      if (words[from + len - 1] - words[from] != static_cast<int>(len) - 1) continue;
      std::vector<int> run(words.begin() + static_cast<std::ptrdiff_t>(from),
                           words.begin() + static_cast<std::ptrdiff_t>(from + len));
      std::string text = words_text(t_.sentence(), run);
      if (o_.places->state_of_demonym(text) || o_.places->lookup(text)) return run;
    }
  // No known place: a common-noun role keeps its proper nouns ("FLDS
  // elder") but not its adjectives ("Executive director"); a title keeps none.
  if (proper_role) return {};
  std::erase_if(words, [&](int w) { return t_.upos(w) == "ADJ"; });
  return words;
}

void ClauseBuilder::role_noun(int role) {
  int name = t_.head(role);
  if (!t_.is_name(name) || role > name) return;
  if (t_.upos(role) == "PROPN" && t_.rel(role) != "nmod:desc") return;
  // The role needs a proper modifier to say whose leader.
  std::vector<int> owner = owner_words(role, true);
  // "South Korean President Moon" with the place words attached elsewhere
  // in the name: the place right before the title is still whose.
  // Words of the title itself may stand between ("Japanese Prime Minister").
  if (owner.empty() && o_.places)
    for (int end = role - 1; end >= std::max(0, role - 3) && owner.empty(); --end) {
      if ((end + 1 < role && !capitalised(t_.word(end + 1).form)) || t_.upos(end) == "PUNCT") break;
      for (int from = std::max(0, end - 2); from <= end && owner.empty(); ++from) {
        if (!capitalised(t_.word(from).form) || t_.upos(from) == "PUNCT") continue;
        std::vector<int> run;
        for (int k = from; k <= end; ++k) run.push_back(k);
        const std::string text = words_text(t_.sentence(), run);
        if (o_.places->state_of_demonym(text) || o_.places->lookup(text)) owner = run;
      }
    }
  if (owner.empty()) return;
  Clause c = be_clause(Clause::Kind::RoleNoun, role, name, name_words(name));
  c.relation.push_back(role);
  c.lemma_words.push_back(role);
  ClauseArg of;
  of.head = owner.back();
  of.role = ClauseArg::Role::Oblique;
  of.prep = "of";
  of.words = owner;
  c.args.push_back(of);
  c.confidence = 0.7;
  out_.push_back(std::move(c));
}

void ClauseBuilder::nominal_event(int noun) {
  std::string_view verb = o_.nominals->verb_phrase(t_.lower_lemma(noun));
  if (verb.empty()) return;
  int poss = t_.child(noun, "nmod:poss");
  if (poss < 0) {
    between_event(noun, verb);
    return;
  }
  if (!(t_.is_name(poss) || t_.upos(poss) == "PRON")) return;
  Clause c;
  c.kind = Clause::Kind::NominalEvent;
  c.predicate = noun;
  c.relation_prefix = std::string(verb);
  c.subject.head = poss;
  c.subject.role = ClauseArg::Role::Subject;
  c.subject.words = t_.subtree(poss, {"case", "punct"}, {}, o_.max_depth);
  c.relation.push_back(noun);
  for (int k : t_.children(noun)) {
    if (t_.base(k) != "nmod" || t_.rel(k) == "nmod:poss" || k < noun) continue;
    for (ClauseArg& a : conjuncts(k, ClauseArg::Role::Oblique, prep_of(k))) {
      strip_case(a.words, a.head, true);
      if (!a.words.empty()) c.args.push_back(std::move(a));
    }
  }
  if (c.args.empty()) return;
  c.confidence = 0.6;
  out_.push_back(std::move(c));
}

}  // namespace kg::extract

namespace kg::extract {

// "a dialogue between Washington and Pyongyang", "talks between the two
// Koreas' leaders": the first party holds the event with the others.
void ClauseBuilder::between_event(int noun, std::string_view verb) {
  for (int k : t_.children(noun)) {
    if (t_.base(k) != "nmod" || k < noun || prep_of(k) != "between") continue;
    std::vector<ClauseArg> parties = conjuncts(k, ClauseArg::Role::Subject, "");
    if (parties.size() < 2) return;
    Clause c;
    c.kind = Clause::Kind::NominalEvent;
    c.predicate = noun;
    c.relation_prefix = std::string(verb);
    c.subject = parties.front();
    strip_case(c.subject.words, c.subject.head, true);
    c.relation.push_back(noun);
    for (std::size_t p = 1; p < parties.size(); ++p) {
      ClauseArg a = parties[p];
      a.role = ClauseArg::Role::Oblique;
      a.prep = "with";
      strip_case(a.words, a.head, true);
      if (!a.words.empty()) c.args.push_back(std::move(a));
    }
    if (c.subject.words.empty() || c.args.empty()) return;
    c.confidence = 0.55;
    out_.push_back(std::move(c));
    return;
  }
}

}  // namespace kg::extract

namespace kg::extract {

// "the U.S.'s disarmament envoy at the U.N.", "Japan's foreign minister": a
// person named by an office that a state or organisation holds is that
// office's holder ("be envoy of the U.S.", "be envoy at the U.N.").
void ClauseBuilder::possessed_role(int noun) {
  if (!person_word(t_.lower_lemma(noun))) return;
  const int owner = t_.child(noun, "nmod:poss");
  if (owner < 0 || owner > noun || !t_.is_name(owner)) return;
  std::vector<int> exclude;
  for (int k : t_.children(noun))
    if (k > noun) exclude.push_back(k);  // who the holder is, not where the office is
  Clause c = be_clause(Clause::Kind::RoleNoun, noun, noun, phrase(noun, exclude));
  c.relation.push_back(noun);
  c.lemma_words.push_back(noun);
  ClauseArg of;
  of.head = owner;
  of.role = ClauseArg::Role::Oblique;
  of.prep = "of";
  of.words = t_.subtree(owner, {"case", "punct"}, {}, o_.max_depth);
  c.args.push_back(of);
  for (int k : t_.children(noun)) {
    const std::string prep = prep_of(k);
    if (t_.base(k) != "nmod" || k < noun || prep.empty() || prep == "of" || !t_.is_name(k)) continue;
    for (ClauseArg& a : conjuncts(k, ClauseArg::Role::Oblique, prep)) {
      strip_case(a.words, a.head, true);
      a.in_attribute = true;  // where the office is, not where something happened
      if (!a.words.empty()) c.args.push_back(std::move(a));
    }
  }
  c.confidence = 0.6;
  out_.push_back(std::move(c));
}

}  // namespace kg::extract
