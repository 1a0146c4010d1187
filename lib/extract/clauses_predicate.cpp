// One verbal or copular predicate: its subjects, its relation (with the
// controlled verbs folded in), its arguments, negation, modality, attribution.
#include <algorithm>
#include <cstdlib>

#include "clause_builder.h"
#include "word_classes.h"

namespace kg::extract {
namespace {

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }
bool contains_sv(const std::vector<std::string_view>& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool is_modal(const DepTree& t, int aux) {
  static const std::vector<std::string_view> modals{"can", "could", "may", "might", "must", "shall", "should", "will", "would"};
  return t.word(aux).xpos == "MD" || contains_sv(modals, t.lower(aux));
}


}  // namespace

void ClauseBuilder::add_predicate_words(int verb, Clause& c) {
  // The nominal of a copula is the attribute, not part of the relation.
  if (!t_.has_child(verb, "cop")) {
    c.relation.push_back(verb);
    c.lemma_words.push_back(verb);
  }
  for (int k : t_.children(verb)) {
    std::string_view b = t_.base(k);
    if (b == "aux") {
      c.relation.push_back(k);
      if (is_modal(t_, k) && c.modality.empty()) c.modality = t_.lower(k);
      if (is_negator(t_.lower(k))) c.negated = true;
    } else if (b == "cop") {
      c.relation.push_back(k);
      c.lemma_words.push_back(k);
    } else if (b == "advmod" && is_negator(t_.lower(k))) {
      c.relation.push_back(k);
      c.negated = true;
    } else if (t_.rel_is(k, "compound:prt")) {
      c.relation.push_back(k);
      c.lemma_words.push_back(k);
    }
  }
}

void ClauseBuilder::build_predicate(int node, const Context& ctx, int depth, Context& next) {
  Clause c;
  c.kind = t_.has_child(node, "cop") ? Clause::Kind::Copular : Clause::Kind::Verbal;
  c.predicate = node;
  double conf = 0.9;
  // "no indication that Pence and Kim exchanged pleasantries" parsed as a
  // relative clause with "that" as a second object: a content clause.
  int complementizer = -1;
  if (t_.rel(node) == "acl:relcl" && t_.head(node) >= 0)
    for (int k : t_.children(node))
      if (t_.lower(k) == "that" && k < node && t_.rel_is(k, "obj") && t_.has_child(node, "nsubj"))
        for (int o : t_.children(node))
          if (o != k && o > node && t_.rel_is(o, "obj")) complementizer = k;
  const bool relcl = t_.rel(node) == "acl:relcl" && complementizer < 0;
  const bool reduced = t_.base(node) == "acl" && !relcl && complementizer < 0;
  const int noun = (relcl || reduced) ? t_.head(node) : -1;

  bool passive = false;
  for (int k : t_.children(node))
    if (t_.rel(k) == "nsubj:pass" || t_.rel(k) == "aux:pass" || t_.rel(k) == "csubj:pass" ||
        t_.rel(k) == "obl:agent")
      passive = true;
  // "was detained and beaten by authorities": the second participle shares
  // the first one's passive auxiliary.
  if (!passive && t_.base(node) == "conj" && t_.word(node).xpos == "VBN" && !t_.has_child(node, "aux") &&
      t_.head(node) >= 0)
    for (int k : t_.children(t_.head(node)))
      if (t_.rel(k) == "aux:pass") passive = true;

  // Subjects.
  std::vector<ClauseArg> subjects;
  int subj = -1;
  // Two subjects are a misparse: "24 hours later, Trump cancelled" (a time),
  // "Secretary of State Rex Tillerson has said" (a title and a name), "At
  // the ceremonies in X, Pence sat" (a fronted phrase). The subject nearest
  // before the verb is the one; a time never is.
  for (int k : t_.children(node)) {
    if (!(t_.base(k) == "nsubj" || t_.base(k) == "csubj")) continue;
    if (subj < 0 || is_time_noun(t_.lower_lemma(subj)) ||
        (k < node && k > subj && !is_time_noun(t_.lower_lemma(k))))
      subj = k;
  }
  if (subj < 0 && noun < 0) {
    subj = stranded_subject(node);
    // With a subject to inherit, only the strong case: a name hung without
    // a comma ("a result President Trump said would never happen").
    if (subj >= 0 && !ctx.subjects.empty() && !(t_.rel(subj) == "appos" && !set_off(subj))) subj = -1;
    if (subj >= 0)
      for (int x : t_.subtree(subj, {}, {}, o_.max_depth)) detached_.push_back(x);
  }
  // "..., reports Reuters, ...": a parenthetical speech verb puts its subject after it.
  int inverted = -1;
  if (subj < 0 && t_.base(node) == "parataxis" && is_speech_verb(t_.lower_lemma(node))) {
    int o = t_.child(node, "obj");
    if (o > node && t_.is_name(o)) {
      subj = o;
      inverted = o;
    }
  }
  // "The invitation, reports Reuters, was delivered ...": the speech verb
  // between commas, parsed as the head, has the source as its object and
  // what is reported as its subject.
  int reported = -1;
  if (subj > 0 && subj < node && t_.base(subj) == "nsubj" && inverted < 0 && t_.lower(node - 1) == "," &&
      is_speech_verb(t_.lower_lemma(node))) {
    int o = t_.child(node, "obj");
    if (o == node + 1 && t_.is_name(o)) {
      int after = t_.subtree(o, {}, {}, o_.max_depth).back() + 1;
      if (after < t_.size() && t_.lower(after) == ",") {
        reported = subj;
        subj = o;
        inverted = o;
      }
    }
  }
  // "..., Kim Yong Nam, who was supposed to ..." attached to the wrong verb:
  // the relative pronoun still stands for the noun right before it.
  int misplaced_relative = -1;
  if (subj >= 0 && noun < 0 && is_rel_pronoun(subj) && t_.upos(subj) == "PRON") {
    int k = subj - 1;
    while (k >= 0 && t_.upos(k) == "PUNCT") --k;
    if (k >= 0 && (t_.upos(k) == "NOUN" || t_.upos(k) == "PROPN")) {
      while (t_.head(k) >= 0 && t_.head(k) < k && (t_.base(k) == "flat" || t_.base(k) == "compound")) k = t_.head(k);
      misplaced_relative = k;
    }
  }
  // "Macron, whose party lost its majority, appointed Barnier": the parser
  // gave "lost" both subjects. The relative one is this verb's; the name
  // before the comma is the subject of the verbs conjoined to it.
  int outer_subject = -1;
  if (subj >= 0 && noun < 0)
    for (int k : t_.children(node)) {
      if (t_.base(k) != "nsubj" || k >= subj) continue;
      bool relative = false;
      for (int w : t_.subtree(subj, {}, {}, o_.max_depth)) relative = relative || is_rel_pronoun(w);
      if (relative && t_.lower(k + 1) == ",") outer_subject = k;
    }
  int rel_noun = -1;  // the noun a relative pronoun stands for, when used as an argument
  if (subj >= 0 && noun < 0 && t_.word(subj).feats.find("PronType=Int") != std::string::npos) return;
  if (misplaced_relative >= 0) {
    subjects = conjuncts(misplaced_relative, ClauseArg::Role::Subject, "");
    conf -= 0.15;
  } else if (subj >= 0) {
    if (noun >= 0 && is_rel_pronoun(subj)) {
      subjects.push_back(noun_outside(noun, node, ClauseArg::Role::Subject));
      conf -= 0.05;
    } else if (t_.base(subj) == "csubj") {
      ClauseArg a;
      a.head = subj;
      a.role = ClauseArg::Role::Subject;
      a.words = clause_words(subj);
      subjects.push_back(a);
      conf -= 0.1;
    } else {
      subjects = conjuncts(subj, ClauseArg::Role::Subject, "");
      if (noun >= 0) rel_noun = noun;
    }
  } else if (noun >= 0) {
    const std::string& xpos = t_.word(node).xpos;
    bool participle = xpos == "VBN" || t_.word(node).feats.find("Voice=Pass") != std::string::npos;
    if (reduced && t_.has_child(node, "mark")) {
      // "X is the first member of the family to enter Y": X enters Y.
      int who = ranked_subject(node);
      if (who < 0) return;  // "an effort to extend": folded elsewhere
      subjects = conjuncts(who, ClauseArg::Role::Subject, "");
      conf -= 0.15;
    } else {
      // A participle with a direct object is active: "the leaders discussed
      // trade" misparsed as a reduced relative.
      if (reduced && participle && !t_.has_child(node, "obj")) passive = true;
      if (reduced && !participle && xpos != "VBG") return;
      subjects.push_back(noun_outside(noun, node, ClauseArg::Role::Subject));
      conf -= 0.1;
    }
  } else if (const int named = participle_of_name(node); named >= 0) {
    subjects = conjuncts(named, ClauseArg::Role::Subject, "");
    conf -= 0.15;
  } else if (!ctx.subjects.empty()) {
    subjects = ctx.subjects;
    conf -= 0.1;
  }
  // A relative pronoun left without its noun (a misparse) names nobody, and a
  // time ("Friday sat ...") is a misattached adverbial, not an agent.
  const bool had_subject = !subjects.empty();
  std::erase_if(subjects, [&](const ClauseArg& a) {
    return (a.words.size() == 1 && is_rel_pronoun(a.words[0])) ||
           (a.head >= 0 && is_time_noun(t_.lower_lemma(a.head)));
  });
  // "returned on Saturday having made no effort": a time parsed as the
  // subject of a participle leaves the clause with the subject above it.
  if (had_subject && subjects.empty() && noun < 0 && !ctx.subjects.empty() &&
      (t_.base(node) == "advcl" || t_.base(node) == "conj" || t_.base(node) == "xcomp")) {
    subjects = ctx.subjects;
    conf -= 0.15;
  }
  if (inverted >= 0) consumed_inverted_ = inverted;

  // Relation: the predicate, then controlled verbs ("refused to stand up"),
  // then a light object with an infinitive ("made no effort to extend").
  std::vector<int> verbs{node};
  std::vector<int> consumed;
  add_predicate_words(node, c);
  int cur = node;
  for (int guard = depth; guard <= o_.max_depth; ++guard) {
    int x = -1;
    for (int k : t_.children(cur))
      if (is_controlled(k) && (t_.upos(k) == "VERB" || t_.upos(k) == "AUX") && !t_.has_child(k, "nsubj") &&
          !t_.has_child(k, "cop") && !object_before(cur, k))
        x = k;
    // "seemed optimistic about the outcome", "did not seem concerned that":
    // the adjective of a linking verb is part of the relation, its own
    // arguments are the clause's.
    if (x < 0)
      for (int k : t_.children(cur))
        if (t_.base(k) == "xcomp" && t_.upos(k) == "ADJ" && !t_.has_child(k, "nsubj") && !t_.has_child(k, "cop") &&
            !t_.has_child(cur, "obj") && t_.upos(cur) == "VERB")
          x = k;
    int via_obj = -1;
    if (x < 0) {
      for (int o : t_.children(cur)) {
        // Only after a light verb: "made no effort to extend", "took steps to
        // ease"; "rejected a proposal to revive the deal" rejects the proposal.
        if (!t_.rel_is(o, "obj") || !is_light_object(o) || !is_light_verb(t_.lower_lemma(cur))) continue;
        for (int a : t_.children(o))
          if (t_.base(a) == "acl" && t_.rel(a) != "acl:relcl" && t_.upos(a) == "VERB" && t_.has_child(a, "mark") &&
              !t_.has_child(a, "nsubj")) {
            x = a;
            via_obj = o;
          }
      }
    }
    if (x < 0) break;
    if (c.modality.empty() && is_intention_verb(t_.lower_lemma(cur))) c.modality = t_.lower_lemma(cur);
    if (via_obj >= 0) {
      c.relation.push_back(via_obj);
      c.lemma_words.push_back(via_obj);
      consumed.push_back(via_obj);
      for (int d : t_.children(via_obj))
        if (t_.base(d) == "det" && t_.lower(d) == "no") {
          c.relation.push_back(d);
          c.negated = true;
        }
    }
    folded_[static_cast<std::size_t>(x)] = 1;
    for (int k : t_.children(x))
      if (t_.base(k) == "mark") {
        c.relation.push_back(k);
        c.lemma_words.push_back(k);
      }
    add_predicate_words(x, c);
    for (int k : t_.children(x))
      if (t_.rel(k) == "aux:pass" || t_.rel(k) == "nsubj:pass") passive = true;
    verbs.push_back(x);
    cur = x;
  }
  c.passive = passive;
  // "is willing to take a chance", "were eager to meet": the adjective and
  // the verb it controls make one relation ("be willing to take").
  if (c.kind == Clause::Kind::Copular && t_.upos(node) == "ADJ" && verbs.size() > 1) {
    c.relation.push_back(node);
    c.lemma_words.push_back(node);
  }

  if (complementizer >= 0) {
    consumed.push_back(complementizer);
    // "no indication that ...", "no sign that ...": the report denies it.
    for (int d : t_.children(t_.head(node)))
      if (t_.base(d) == "det" && t_.lower(d) == "no") c.negated = true;
  }
  // "Neither Russia nor Ukraine commented": the coordination denies the clause.
  for (int k : t_.children(node))
    if (t_.base(k) == "nsubj" || t_.base(k) == "obj")
      for (int d : t_.children(k))
        if (t_.lower(d) == "neither" || (t_.base(d) == "conj" && t_.child(d, "cc") >= 0 &&
                                         t_.lower(t_.child(d, "cc")) == "nor"))
          c.negated = true;
  for (int v : verbs) collect_args(v, rel_noun, passive, consumed, c);
  // "provided no details": a negative determiner on the object denies the clause.
  for (const ClauseArg& a : c.args)
    if (a.role == ClauseArg::Role::Object && a.head >= 0)
      for (int d : t_.children(a.head))
        if (t_.base(d) == "det" && t_.lower(d) == "no") c.negated = true;
  if (t_.base(node) == "parataxis" && is_speech_verb(t_.lower_lemma(node)) && !t_.has_child(node, "ccomp") &&
      (!t_.has_child(node, "obj") || inverted >= 0) && t_.head(node) >= 0) {
    // "The invitation, reports Reuters, was delivered ...": what is reported is the host clause.
    ClauseArg a;
    a.head = t_.head(node);
    a.role = ClauseArg::Role::Complement;
    std::vector<int> w = t_.subtree(a.head, {}, {node}, o_.max_depth);
    for (int i : w)
      if (!(t_.upos(i) == "PUNCT" && t_.head(i) == a.head && (i == w.front() || i == w.back() ||
                                                               std::abs(i - node) == 1)))
        a.words.push_back(i);
    if (!a.words.empty()) c.args.push_back(a);
  }
  if (reported >= 0) {
    ClauseArg a;
    a.head = reported;
    a.role = ClauseArg::Role::Complement;
    a.words = phrase(reported);
    c.args.push_back(a);
  }
  if (rel_noun >= 0 && c.kind == Clause::Kind::Verbal && t_.upos(node) == "VERB") {
    // "the reception Moon held": the modified noun is the missing object.
    bool stands_in = false, has_obj = false;
    for (int k : t_.children(node)) {
      std::string w = t_.lower(k);
      if (is_rel_pronoun(k) || w == "where" || w == "when" || w == "why" || w == "how") stands_in = true;
    }
    for (const ClauseArg& a : c.args) {
      stands_in = stands_in || a.head == rel_noun;
      has_obj = has_obj || a.role == ClauseArg::Role::Object || a.role == ClauseArg::Role::Complement;
    }
    if (!stands_in && !has_obj) {
      c.args.push_back(noun_outside(rel_noun, node, ClauseArg::Role::Object));
      conf -= 0.1;
    }
  }
  std::stable_sort(c.args.begin(), c.args.end(),
                   [](const ClauseArg& a, const ClauseArg& b) { return a.words.front() < b.words.front(); });
  for (std::size_t i = 0; i < c.args.size(); ++i)
    if (c.args[i].role == ClauseArg::Role::Oblique && c.args[i].prep == "by" && passive && c.agent < 0)
      c.agent = static_cast<int>(i);
  for (std::size_t i = 0; i < c.args.size(); ++i)
    if (t_.rel(c.args[i].head) == "obl:agent") c.agent = static_cast<int>(i);

  // Attribution: inherited from a speech verb above, or a parenthetical
  // "..., reports Reuters, ..." below.
  if (c.attribution.empty()) c.attribution = ctx.attribution;
  for (int k : t_.children(node)) {
    if (t_.base(k) != "parataxis" || !is_speech_verb(t_.lower_lemma(k))) continue;
    int s = t_.child(k, "nsubj");
    if (s < 0 && t_.child(k, "obj") > k && t_.is_name(t_.child(k, "obj"))) s = t_.child(k, "obj");
    if (s >= 0 && !t_.has_child(k, "ccomp")) c.attribution = phrase(s);
  }

  std::sort(c.relation.begin(), c.relation.end());
  c.relation.erase(std::unique(c.relation.begin(), c.relation.end()), c.relation.end());
  std::sort(c.lemma_words.begin(), c.lemma_words.end());
  c.lemma_words.erase(std::unique(c.lemma_words.begin(), c.lemma_words.end()), c.lemma_words.end());

  bool has_object = false;
  for (const ClauseArg& a : c.args)
    if (a.role == ClauseArg::Role::Object || a.role == ClauseArg::Role::Attribute) has_object = true;
  // "A and B met": each met the other. "A and B exchanged pleasantries":
  // each exchanged them with the other.
  const std::string last_lemma = t_.lower_lemma(verbs.back());
  c.reciprocal = subjects.size() >= 2 && ((!has_object && is_reciprocal_verb(last_lemma)) ||
                                          (has_object && is_reciprocal_object_verb(last_lemma)));
  if (c.args.empty()) conf -= 0.2;
  if (c.args.size() > 2) conf -= 0.05 * static_cast<double>(c.args.size() - 2);
  c.confidence = std::clamp(conf, 0.05, 1.0);

  next.subjects = subjects;
  if (outer_subject >= 0) next.subjects = conjuncts(outer_subject, ClauseArg::Role::Subject, "");
  if (t_.head(node) < 0) main_subjects_ = next.subjects;
  next.complement_subject = false;
  if (reported >= 0) {
    next.subjects = conjuncts(reported, ClauseArg::Role::Subject, "");
    next.complement_subject = true;
  }
  // Recorded on the verb that governs the infinitive, which may be a folded
  // one ("wants to ask Kim to leave": ask).
  for (int k : t_.children(cur))
    if (const int o = object_controller(cur, k); o >= 0) controller_[static_cast<std::size_t>(cur)] = o;
  next.speaker.clear();
  if (is_speech_verb(t_.lower_lemma(node)) && !subjects.empty()) next.speaker = subjects.front().words;
  consumed_inverted_ = -1;
  const int host = node;
  emit(std::move(c), subjects);
  for (int k : t_.children(host))
    if (t_.base(k) == "obl" && prep_of(k) == "according to") source_clause(host, k);
}

// "According to the AP, the office will be staffed ...": the source reports
// the host clause. The source is also the clause's attribution.
void ClauseBuilder::source_clause(int host, int source) {
  Clause c;
  c.kind = Clause::Kind::Verbal;
  c.predicate = host;
  for (int w : t_.subtree(source, {}, {}, o_.max_depth))
    if (t_.rel_is(w, "case") && t_.head(w) == source) {
      c.relation.push_back(w);
      c.lemma_words.push_back(w);
      for (int f : t_.children(w))
        if (t_.rel_is(f, "fixed")) {
          c.relation.push_back(f);
          c.lemma_words.push_back(f);
        }
    }
  std::sort(c.relation.begin(), c.relation.end());
  c.lemma_words = c.relation;
  ClauseArg what;
  what.head = host;
  what.role = ClauseArg::Role::Complement;
  for (int w : t_.subtree(host, {}, {source}, o_.max_depth))
    if (!(t_.upos(w) == "PUNCT" && t_.head(w) == host && (w < source || w == t_.size() - 1))) what.words.push_back(w);
  while (what.words.size() > 1 && t_.upos(what.words.front()) == "PUNCT") what.words.erase(what.words.begin());
  while (what.words.size() > 1 && t_.upos(what.words.back()) == "PUNCT") what.words.pop_back();
  if (what.words.empty()) return;
  c.args.push_back(what);
  c.confidence = 0.7;
  emit(std::move(c), conjuncts(source, ClauseArg::Role::Subject, ""));
}

void ClauseBuilder::collect_args(int verb, int rel_noun, bool passive, const std::vector<int>& consumed,
                                 Clause& c) {
  auto stand_in = [&](ClauseArg::Role role, const std::string& prep) {
    c.args.push_back(noun_outside(rel_noun, c.predicate, role, prep));
  };
  (void)passive;
  for (int k : t_.children(verb)) {
    if (contains(consumed, k) || folded_[static_cast<std::size_t>(k)] || k == consumed_inverted_) continue;
    std::string_view b = t_.base(k);
    if (b == "obj" || b == "iobj") {
      if (rel_noun >= 0 && is_rel_pronoun(k)) {
        stand_in(ClauseArg::Role::Object, "");
        continue;
      }
      for (ClauseArg& a : conjuncts(k, ClauseArg::Role::Object, "")) c.args.push_back(std::move(a));
      // A prepositional phrase on the object often belongs to the verb as
      // well ("shook hands with X", "increased tensions with X").
      for (int n : t_.children(k)) {
        if (t_.base(n) != "nmod" || t_.rel(n) == "nmod:poss" || n < k) continue;
        std::string prep = prep_of(n);
        if (prep.empty() || prep == "of") continue;
        if (prep == "according to") {  // "increase aid, according to a statement": the source
          c.attribution = phrase(n);
          continue;
        }
        for (ClauseArg& a : conjuncts(n, ClauseArg::Role::Oblique, prep)) {
          strip_case(a.words, a.head, true);
          a.in_object = true;
          if (!a.words.empty()) c.args.push_back(std::move(a));
        }
      }
    } else if (b == "obl") {
      std::string prep = prep_of(k);
      if (prep == "according to") {
        std::vector<int> w = phrase(k);
        c.attribution = w;
        continue;
      }
      if (rel_noun >= 0 && is_rel_pronoun(k)) {
        stand_in(ClauseArg::Role::Oblique, prep);
        continue;
      }
      // "during which" with nothing to stand for (a misattached relative) names nothing.
      if (is_rel_pronoun(k) && t_.children(k).size() <= 1) continue;
      for (ClauseArg& a : conjuncts(k, ClauseArg::Role::Oblique, prep)) {
        // The preposition is printed with the relation, not the argument.
        strip_case(a.words, a.head, true);
        if (!a.words.empty()) c.args.push_back(std::move(a));
      }
      // "seated at the same table as Pence", "sat next to the wife of X":
      // a name inside the oblique is a participant through the oblique's noun.
      if (!prep.empty() && t_.upos(k) == "NOUN")
        for (int n : t_.children(k)) {
          const std::string inner = prep_of(n);
          // Not "of" (the noun's own complement) nor a place ("the post in Seoul").
          if (t_.base(n) != "nmod" || t_.rel(n) == "nmod:poss" || n < k || inner.empty() || !t_.is_name(n) ||
              inner == "of" || inner == "in" || inner == "at" || inner == "on")
            continue;
          for (ClauseArg& a : conjuncts(n, ClauseArg::Role::Oblique, prep + " " + t_.lower_lemma(k) + " " + inner)) {
            strip_case(a.words, a.head, true);
            if (!a.words.empty()) c.args.push_back(std::move(a));
          }
        }
    } else if (b == "advmod" && t_.upos(k) == "ADV" && !is_negator(t_.lower(k))) {
      // "sat feet away from X", "lives close to X": the adverb and its
      // preposition make one preposition of the verb.
      for (int n : t_.children(k)) {
        if (t_.base(n) != "obl" || n < k || prep_of(n).empty() || is_rel_pronoun(n)) continue;
        for (ClauseArg& a : conjuncts(n, ClauseArg::Role::Oblique, t_.lower(k) + " " + prep_of(n))) {
          strip_case(a.words, a.head, true);
          if (!a.words.empty()) c.args.push_back(std::move(a));
        }
      }
    } else if (b == "xcomp" && t_.upos(k) != "VERB") {
      ClauseArg a;
      a.head = k;
      a.role = ClauseArg::Role::Attribute;
      a.prep = prep_of(k);
      a.words = phrase(k);
      strip_case(a.words, k, false);
      if (!a.words.empty()) c.args.push_back(a);
    } else if (b == "ccomp" || is_fronted_report(verb, k)) {
      ClauseArg a;
      a.head = k;
      a.role = ClauseArg::Role::Complement;
      a.words = clause_words(k);
      c.args.push_back(a);
    }
  }
  const bool adjective_in_relation =
      std::find(c.lemma_words.begin(), c.lemma_words.end(), verb) != c.lemma_words.end();
  if (verb == c.predicate && c.kind == Clause::Kind::Copular && !adjective_in_relation) {
    // The nominal predicate: its phrase without the clause around it.
    std::vector<int> exclude;
    for (int k : t_.children(verb)) {
      std::string_view b = t_.base(k);
      if (b == "nsubj" || b == "csubj" || b == "cop" || b == "aux" || b == "mark" || b == "obl" || b == "advcl" ||
          b == "ccomp" || b == "xcomp" || b == "discourse" || b == "expl" || b == "cc" || b == "conj" ||
          b == "parataxis" || b == "punct" || (b == "advmod" && is_negator(t_.lower(k))) || b == "advmod")
        exclude.push_back(k);
    }
    ClauseArg a;
    a.head = verb;
    a.role = ClauseArg::Role::Attribute;
    a.prep = prep_of(verb);  // "are on show"
    a.words = phrase(verb, exclude);
    strip_case(a.words, verb, false);
    c.args.push_back(a);
    attribute_obliques(verb, c);
  }
}

// The subject of "X is the first (member of ...) to V": up from the
// infinitive through nouns to a predicate noun ranked by "first", "last",
// "only" or "next", and its subject. -1 when the infinitive is not such.
int ClauseBuilder::ranked_subject(int infinitive) const {
  int m = t_.child(infinitive, "mark");
  if (m < 0 || t_.lower(m) != "to" || t_.has_child(infinitive, "nsubj")) return -1;
  int p = t_.head(infinitive);
  for (int step = 0; step < 3 && p >= 0; ++step) {
    if (t_.upos(p) != "NOUN" && t_.upos(p) != "PRON" && t_.upos(p) != "ADJ") return -1;
    bool ranked = false;
    for (int k : t_.children(p)) {
      std::string w = t_.lower(k);
      if ((t_.base(k) == "amod" || t_.base(k) == "nummod" || t_.upos(p) == "ADJ") &&
          (w == "first" || w == "last" || w == "only" || w == "next"))
        ranked = true;
    }
    std::string self = t_.lower(p);
    if (self == "first" || self == "last" || self == "only") ranked = true;
    if (ranked && t_.has_child(p, "cop")) return t_.child(p, "nsubj");
    if (t_.base(p) != "nmod") return -1;
    p = t_.head(p);
  }
  return -1;
}

// A controlled verb: xcomp, or a subjectless "to" clause parsed as ccomp
// ("threatened to destroy").
bool ClauseBuilder::is_controlled(int k) const {
  if (t_.base(k) == "xcomp") return true;
  if (t_.base(k) != "ccomp" || t_.has_child(k, "nsubj") || t_.has_child(k, "aux")) return false;
  int m = t_.child(k, "mark");
  return m >= 0 && m < k && t_.lower(m) == "to";
}

// "Regardless of U.S. response, North and South Korea seem ...": the subject
// of a subjectless verb hung on the phrase before it (after a comma) as an
// nmod without a preposition or as an apposition. Returns it, or -1.
int ClauseBuilder::stranded_subject(int verb) const {
  int j = verb - 1;
  while (j >= 0 && t_.head(j) == verb && (t_.base(j) == "aux" || t_.base(j) == "advmod" || t_.base(j) == "cop")) --j;
  if (j < 0) return -1;
  // Up from the word before the verb through the phrases that end there.
  for (int x = j, guard = 0; x >= 0 && x != verb && guard < 8; x = t_.head(x), ++guard) {
    std::vector<int> w = t_.subtree(x, {}, {}, o_.max_depth);
    std::sort(w.begin(), w.end());
    if (w.back() != j) return -1;
    // An nmod without a preposition, or an apposition: "..., engagement, the
    // envoy at the U.N. accused North Korea" parsed with the envoy in
    // apposition to the noun before it.
    const bool bare_nmod = t_.rel(x) == "nmod" && !t_.has_child(x, "case");
    if (!(bare_nmod || t_.rel(x) == "appos") || t_.head(x) >= x) continue;
    if (!(t_.upos(x) == "NOUN" || t_.upos(x) == "PROPN" || t_.upos(x) == "PRON")) continue;
    std::size_t f = 0;
    while (f + 1 < w.size() && t_.upos(w[f]) == "PUNCT") ++f;
    const int before = w[f] - 1;
    // An apposition without a comma is no apposition: "a result President
    // Trump said would never happen" (the name is the subject of "said").
    if (t_.rel(x) == "appos" && before >= 0 && t_.upos(before) != "PUNCT") return x;
    return before >= 0 && t_.lower(before) == "," ? x : -1;
  }
  return -1;
}

// "received a letter from Kim requesting a meeting": a participle right
// after a name, without a comma, says what the name does, whatever verb the
// parser hung it on. Returns the name, or -1.
int ClauseBuilder::participle_of_name(int verb) const {
  if (t_.base(verb) != "advcl" || t_.word(verb).xpos != "VBG" || t_.has_child(verb, "mark") ||
      t_.has_child(verb, "nsubj") || verb == 0 || t_.upos(verb - 1) == "PUNCT")
    return -1;
  int x = verb - 1;
  for (int guard = 0; guard < 4 && (t_.base(x) == "flat" || t_.base(x) == "compound") && t_.head(x) >= 0 &&
                     t_.head(x) < x;
       ++guard)
    x = t_.head(x);
  if (!t_.is_name(x) || !(t_.base(x) == "obl" || t_.base(x) == "nmod" || t_.base(x) == "obj")) return -1;
  for (int k : t_.children(x))
    if (k > x) return -1;  // the name's phrase must end right before the participle
  return x;
}

// The noun a relative or participial clause modifies, as an argument of that
// clause: its phrase without the clause itself ("the reception [Moon held]").
ClauseArg ClauseBuilder::noun_outside(int noun, int clause, ClauseArg::Role role, const std::string& prep) const {
  ClauseArg a;
  a.head = noun;
  a.role = role;
  a.prep = prep;
  a.words = phrase(noun, {clause});
  return a;
}

// "will see Moon meet Kim", "asked him to leave": a subjectless verbal xcomp
// after an object is controlled by the object. Returns the object, or -1.
int ClauseBuilder::object_controller(int verb, int xcomp) const {
  // (A "to" infinitive parsed as a purpose clause counts too: "urged him to allow".)
  const int mark = t_.child(xcomp, "mark");
  const bool infinitive =
      t_.base(xcomp) == "xcomp" || (t_.base(xcomp) == "advcl" && mark >= 0 && mark < xcomp && t_.lower(mark) == "to");
  if (!infinitive || t_.upos(xcomp) != "VERB" || t_.has_child(xcomp, "nsubj") ||
      t_.has_child(xcomp, "nsubj:pass") || !is_object_control_verb(t_.lower_lemma(verb)))
    return -1;
  for (int o : t_.children(verb))
    if ((t_.rel_is(o, "obj") || t_.rel_is(o, "iobj")) && o < xcomp && !is_rel_pronoun(o)) return o;
  return -1;
}

// A verbal xcomp after an object is a clause of its own, never folded into
// the relation: "saw Moon meet Kim" (the object's), "moved from insulting
// Kim to praising him" (the subject's).
bool ClauseBuilder::object_before(int verb, int xcomp) const {
  if (t_.base(xcomp) != "xcomp" || t_.upos(xcomp) != "VERB") return false;
  for (int o : t_.children(verb))
    if ((t_.rel_is(o, "obj") || t_.rel_is(o, "iobj")) && o < xcomp && !is_rel_pronoun(o)) return true;
  return false;
}

// "Leaders plan to meet, Seoul announced": what is reported comes first and
// is often parsed as an adverbial clause of the speech verb.
bool ClauseBuilder::is_fronted_report(int verb, int k) const {
  return (t_.base(k) == "advcl" || t_.base(k) == "parataxis") && k < verb &&
         is_speech_verb(t_.lower_lemma(verb)) && !t_.has_child(k, "mark") && t_.has_child(k, "nsubj") &&
         !t_.has_child(verb, "ccomp");
}

// A light noun that carries an infinitive into the relation ("made no effort
// to extend", "took steps to ease"); a noun with an owner or a name ("North
// Korea's attempts to ...") is an argument in its own right.
bool ClauseBuilder::is_light_object(int o) const {
  if (t_.is_name(o) || t_.upos(o) == "PRON") return false;
  for (int k : t_.children(o))
    if (t_.rel_is(k, "nmod:poss") || (t_.base(k) == "compound" && t_.is_name(k))) return false;
  return true;
}

// "each other", "one another": the argument is the other subject.
bool ClauseBuilder::is_reciprocal_pronoun(const ClauseArg& a) const {
  if (a.words.size() != 2) return false;
  std::string first = t_.lower(a.words[0]), second = t_.lower(a.words[1]);
  return (first == "each" && second == "other") || (first == "one" && second == "another");
}

void ClauseBuilder::emit(Clause c, const std::vector<ClauseArg>& subjects) {
  if (subjects.empty()) return;
  bool has_object = false;
  for (const ClauseArg& a : c.args) has_object = has_object || a.role == ClauseArg::Role::Object;
  for (const ClauseArg& s : subjects) {
    if (s.words.empty()) continue;
    Clause d = c;
    d.subject = s;
    std::vector<ClauseArg> others;
    for (const ClauseArg& other : subjects)
      if (!(other.head == s.head && other.words == s.words)) others.push_back(other);
    if (c.reciprocal) {
      for (const ClauseArg& other : others) {
        ClauseArg o = other;
        o.role = has_object ? ClauseArg::Role::Oblique : ClauseArg::Role::Object;
        o.prep = has_object ? "with" : "";
        o.in_object = has_object;  // the partner the object is shared with
        o.partner = true;
        o.slot = -1;
        d.args.push_back(o);
      }
    }
    if (!others.empty()) {
      std::vector<ClauseArg> args;
      for (const ClauseArg& a : d.args) {
        if (!is_reciprocal_pronoun(a)) {
          args.push_back(a);
          continue;
        }
        for (const ClauseArg& other : others) {
          ClauseArg o = other;
          o.role = a.role;
          o.prep = a.prep;
          o.slot = a.slot;
          o.in_object = a.in_object;
          args.push_back(o);
        }
      }
      d.args = std::move(args);
    }
    out_.push_back(std::move(d));
  }
}

}  // namespace kg::extract
