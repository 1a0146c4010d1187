// The state of clause extraction over one sentence (private to the layer).
#pragma once
#include <string>
#include <vector>

#include "dep_tree.h"
#include "kg/extract/clauses.h"

namespace kg::extract {

class ClauseBuilder {
 public:
  ClauseBuilder(const nlp::Sentence& s, const ClauseOptions& o);
  std::vector<Clause> run();

 private:
  // What a clause passes down to the clauses below it.
  struct Context {
    std::vector<ClauseArg> subjects;  // for conj/advcl/xcomp without a subject of their own
    bool subject_inherited = false;
    std::vector<int> attribution;  // who says so
    std::vector<int> speaker;      // subject of this clause when it is a speech verb
    // "The invitation, reports Reuters, was delivered": the subject the
    // parser gave the speech verb belongs to its subjectless complement.
    bool complement_subject = false;
  };

  void walk(int node, const Context& ctx, int depth);
  void build_predicate(int node, const Context& ctx, int depth, Context& next);
  void collect_args(int verb, int rel_noun, bool passive, const std::vector<int>& consumed, Clause& c);
  void add_predicate_words(int verb, Clause& c);
  void nominal_clauses();
  void source_clause(int host, int source);
  void apposition(int appos);
  void role_noun(int role);
  void possessed_role(int noun);
  Clause be_clause(Clause::Kind kind, int predicate, int subject, std::vector<int> subject_words) const;
  void nominal_event(int noun);
  void between_event(int noun, std::string_view verb);
  void attribute_obliques(int desc, Clause& c) const;
  std::vector<int> owner_words(int role, bool with_possessive) const;

  std::vector<int> phrase(int head, const std::vector<int>& exclude = {}) const;
  std::vector<int> clause_words(int head) const;
  std::string prep_of(int noun) const;
  void strip_case(std::vector<int>& words, int head, bool before_only) const;
  bool is_temporal(int noun) const;
  bool is_rel_pronoun(int w) const;
  int appositive_person_below(int head) const;
  bool set_off(int appos) const;
  int misparsed_relative_noun(int head) const;
  bool is_fronted_report(int verb, int k) const;
  bool is_light_object(int o) const;
  bool is_controlled(int k) const;
  int object_controller(int verb, int xcomp) const;
  bool object_before(int verb, int xcomp) const;
  int stranded_subject(int verb) const;
  ClauseArg noun_outside(int noun, int clause, ClauseArg::Role role, const std::string& prep = "") const;
  int participle_of_name(int verb) const;
  int ranked_subject(int infinitive) const;
  bool is_reciprocal_pronoun(const ClauseArg& a) const;
  std::vector<ClauseArg> conjuncts(int head, ClauseArg::Role role, const std::string& prep) const;
  std::vector<int> name_words(int head) const;
  void emit(Clause c, const std::vector<ClauseArg>& subjects);

  DepTree t_;
  const ClauseOptions& o_;
  std::vector<char> folded_;  // controlled verbs already folded into a relation
  std::vector<int> controller_;  // per verb: the object that controls its infinitive ("asked him to leave"), or -1
  std::vector<Clause> out_;
  int consumed_inverted_ = -1;  // the inverted subject of the predicate being built
  std::vector<ClauseArg> main_subjects_;  // the subjects of the sentence's main clause
  std::vector<int> detached_;  // subjects found stranded inside another phrase (their words are theirs alone)
};

}  // namespace kg::extract
