// Document-level coreference: names, descriptions, capitals and pronouns
// grouped into entities. The order of decisions follows the document, so a
// short name ("Kim") or a pronoun joins what the text has made salient so far.
#include "kg/extract/coref.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "coref/mention_info.h"
#include "kg/extract/canonical.h"

namespace kg::extract {

using coref::Gender;
using coref::MentionInfo;
using coref::Number;

bool DocumentEntity::is_actor() const {
  return type == "PERSON" || type == "ORG" || type == "GPE" || type == "LOC" || type == "NORP" || type == "GROUP";
}

int DocumentEntities::antecedent(std::size_t mention) const {
  return mention < antecedents_.size() ? antecedents_[mention] : -1;
}

// Builds the entities of one document; a friend of DocumentEntities.
class EntityResolver {
 public:
  EntityResolver(const std::vector<nlp::Sentence>& sentences, const Canonicalizer* canon, const ResolveOptions& opt)
      : sentences_(sentences), canon_(canon), opt_(opt) {}

  DocumentEntities run() {
    ms_ = coref::detect_mentions(sentences_, canon_, opt_.source);
    antecedent_.assign(ms_.size(), -1);
    for (std::size_t i = 0; i < ms_.size(); ++i) {
      MentionInfo& m = ms_[i];
      switch (m.m.kind) {
        case MentionKind::Name: resolve_name(i); break;
        case MentionKind::Nominal: resolve_nominal(i); break;
        case MentionKind::Pronoun: resolve_pronoun(i); break;
      }
    }
    return finish();
  }

 private:
  struct Ent {
    std::string id, type;
    std::string key;  // Canonicalizer::name_key(id)
    Gender gender = Gender::Unknown;
    bool person = false, maybe_person = false, state = false;
    std::vector<std::string> name_words;  // the fullest name seen
    std::set<std::string> roles;          // "vice president", "sister", "north korean leader"
    std::vector<std::size_t> mentions;
    std::vector<int> members;             // "both countries": the entities it stands for
    std::set<std::string> states;         // "South Korea's Moon": states it is written as belonging to
    bool dead = false;                    // merged into another entity
  };

  // --- entity bookkeeping -------------------------------------------------

  int new_entity(std::size_t mi, std::string id, std::string type) {
    Ent e;
    e.key = Canonicalizer::name_key(id);
    e.id = std::move(id);
    e.type = std::move(type);
    first_with_key_.emplace(e.key, static_cast<int>(ents_.size()));
    ents_.push_back(std::move(e));
    const int ei = static_cast<int>(ents_.size() - 1);
    join(mi, ei);
    return ei;
  }

  void join(std::size_t mi, int ei) {
    MentionInfo& m = ms_[mi];
    Ent& e = ents_[static_cast<std::size_t>(ei)];
    m.m.entity = ei;
    e.mentions.push_back(mi);
    if (m.person && m.m.kind != MentionKind::Pronoun) e.person = true;
    if (m.maybe_person) e.maybe_person = true;
    if (m.m.kind == MentionKind::Pronoun && (m.gender == Gender::Male || m.gender == Gender::Female)) {
      if (e.gender == Gender::Unknown) e.gender = m.gender;
      if (e.type.empty() || e.maybe_person) e.person = true;
    } else if (m.gender != Gender::Unknown && e.gender == Gender::Unknown) {
      e.gender = m.gender;
    }
    if (m.m.kind == MentionKind::Name && m.name_words.size() > e.name_words.size() && !m.name_words.empty() &&
        m.state.empty())
      e.name_words = m.name_words;
    if (e.type.empty() && !m.m.type.empty() && m.m.type != "thing") e.type = m.m.type;
    if (!m.role.empty()) add_roles(e, m.role);
    if (!m.affiliation.empty()) e.states.insert(m.affiliation);
  }

  // Roles are kept whole ("u.s. vice president"); role_matches accepts their
  // ends when only places or peoples are in front.
  void add_roles(Ent& e, const std::string& role) { e.roles.insert(role); }

  // The entity of the most recent mention that satisfies `ok`, searching back from mention `before`.
  template <class F>
  // Looks back at most kLookBack sentences, so a long document stays linear.
  int most_recent(std::size_t before, F ok) const {
    const std::size_t s = before < ms_.size() ? ms_[before].m.sentence : (ms_.empty() ? 0 : ms_.back().m.sentence);
    for (std::size_t k = before; k-- > 0;) {
      if (ms_[k].m.sentence + kLookBack < s) break;
      const int ei = ms_[k].m.entity;
      if (ei >= 0 && ok(ents_[static_cast<std::size_t>(ei)], ms_[k])) return ei;
    }
    return -1;
  }
  static constexpr std::size_t kLookBack = 30;

  int entity_with_id(const std::string& id) const {
    const auto it = first_with_key_.find(Canonicalizer::name_key(id));
    return it == first_with_key_.end() ? -1 : it->second;
  }

  // --- names ---------------------------------------------------------------

  // A capital stands for its state when it acts (subject, object, possessor,
  // "against Pyongyang"), not when it is where something happens ("in Pyongyang").
  static bool metonymic(const MentionInfo& m) {
    static const char* const kLocative[] = {"in", "at", "near", "to", "from", "into", "across", "outside",
                                            "inside", "around", "through", "via", "toward", "towards", "within",
                                            "throughout", "over", "out", "on", "off"};
    for (const char* p : kLocative)
      if (m.preposition == p) return false;
    return m.deprel != "compound" && m.deprel != "flat";
  }

  void resolve_name(std::size_t i) {
    resolve_name_entity(i);
    absorb_role_noun(i);
  }

  // "North Korean leader Kim Jong Un", "leader Kim Jong Un": the role noun in
  // front of a person's name is that person (and teaches the entity its role).
  void absorb_role_noun(std::size_t i) {
    const MentionInfo& m = ms_[i];
    if (m.m.entity < 0 || ents_[static_cast<std::size_t>(m.m.entity)].type != "PERSON") return;
    for (std::size_t k = i; k-- > 0;) {
      MentionInfo& n = ms_[k];
      if (n.m.sentence != m.m.sentence) break;
      if (n.m.kind != MentionKind::Nominal || n.m.type != "PERSON" || n.m.last >= m.m.first) continue;
      if (n.m.last + 1 != m.m.first && !(n.m.last + 2 == m.m.first && n.m.head == n.m.last)) continue;
      const bool linked = (n.governor == m.m.head && (n.deprel == "compound" || n.deprel == "flat" ||
                                                      n.deprel == "appos" || n.deprel == "amod")) ||
                          (m.governor == n.m.head && (m.deprel == "flat" || m.deprel == "appos" ||
                                                      m.deprel == "compound"));
      if (!linked || n.m.entity < 0 || n.m.entity == m.m.entity) continue;
      Ent& old = ents_[static_cast<std::size_t>(n.m.entity)];
      if (old.mentions.size() != 1) continue;
      old.mentions.clear();
      old.dead = true;
      add_roles(ents_[static_cast<std::size_t>(m.m.entity)], n.role);
      ents_[static_cast<std::size_t>(m.m.entity)].mentions.push_back(k);
      n.m.entity = m.m.entity;
      return;
    }
  }

  void resolve_name_entity(std::size_t i) {
    MentionInfo& m = ms_[i];
    if (m.name_words.empty()) {
      new_entity(i, m.text, m.m.type);
      return;
    }
    std::string id = m.name, type = m.m.type;
    // "The Koreas": several states at once (extraction gives each its triple).
    if (canon_ && !canon_->states_of_plural(m.name).empty()) {
      m.person = m.maybe_person = false;
      type = "GPE";
      m.m.type = type;
    } else if (canon_) {
      // A person's name that is also a place ("Jordan") stays a person.
      // A known organisation named bare ("Reuters reported") is the organisation
      // whatever the recogniser said; with a title ("Mr. Bloomberg") it is a person.
      if (auto a = canon_->lookup(m.name);
          a && !(type == "PERSON" && a->type != "PERSON" && !(a->type == "ORG" && m.role.empty()))) {
        id = a->id, type = a->type;
        if (type != "PERSON") m.person = m.maybe_person = false;
      }
    }
    // "The North said": a name with an article is no person's, whatever the
    // recogniser said.
    const bool article_state = !m.state.empty() && m.definite && m.role.empty() && !m.state_is_capital;
    if (article_state && type == "PERSON") {
      type.clear();
      m.person = m.maybe_person = false;
    }
    if (!m.state.empty() && type != "PERSON") {
      const int st = entity_with_id(m.state);
      if (m.state_is_capital) {
        if (metonymic(m)) {
          // "The White House said": the government the document named, else the state.
          const int gov = m.state_is_seat ? most_recent(i, [&](const Ent& en, const MentionInfo&) {
            return en.type == "ORG" && names_government(en) && !names_other_state(en, m.state);
          }) : -1;
          if (gov >= 0) {
            join(i, gov);
            return;
          }
          id = m.state, type = m.state_type;
        }
      } else if (!m.definite || st >= 0) {  // demonyms; "the North" only once the state is named
        id = m.state, type = m.state_type;
      }
    } else if (m.name_words.size() == 1 && canon_ && type != "PERSON") {
      // Elliptical coordination: "North and South Korea", "North and South Korean leaders".
      if (auto st = elliptic_state(i)) id = st->id, type = st->type;
    }
    if (const int e = entity_with_id(id); e >= 0) {
      join(i, e);
      return;
    }
    // A part of a fuller person name seen before: "Kim" after "Kim Jong Un" and
    // "Kim Yo Jong" joins the one the text has made most salient so far.
    // (Not an acronym: "U.N." is no part of "Kim Jong Un".)
    const bool acronym = std::none_of(m.name.begin(), m.name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if ((type == "PERSON" || type.empty()) && !acronym) {
      const auto& w = m.name_words;
      int best = -1;
      double best_sal = -1;
      for (std::size_t k = 0; k < ents_.size(); ++k) {
        const Ent& en = ents_[k];
        if (!(en.type == "PERSON" || en.type.empty()) || en.name_words.size() <= w.size()) continue;
        const bool part = std::all_of(w.begin(), w.end(), [&](const std::string& x) {
          return std::find(en.name_words.begin(), en.name_words.end(), x) != en.name_words.end();
        });
        if (!part) continue;
        const double sal = salience(static_cast<int>(k), m.m.sentence);
        if (sal > best_sal) best = static_cast<int>(k), best_sal = sal;
      }
      if (best >= 0) {
        join(i, best);
        return;
      }
    }
    // An acronym of an organisation named before ("NATO", "IAEA").
    if (m.name_words.size() == 1 && m.name_words[0].size() >= 2) {
      const std::string& a = m.name_words[0];
      const int e = most_recent(i, [&](const Ent& en, const MentionInfo&) {
        if (en.type != "ORG" || en.name_words.size() < 2) return false;
        std::string init;
        for (const std::string& x : en.name_words)
          if (x != "of" && x != "the" && x != "and" && x != "for") init += x[0];
        return init == a;
      });
      if (e >= 0) {
        join(i, e);
        return;
      }
    }
    new_entity(i, id, type);
  }

  // A state the gazetteer knows, not a city ("in Moscow" is no government).
  bool is_country(const Ent& e) const {
    if (e.type != "GPE") return false;
    if (!canon_) return true;
    const auto a = canon_->lookup(e.id);
    return a && a->type == "GPE" && !canon_->state_of_capital(e.id);
  }

  bool names_government(const Ent& e) const {
    for (std::size_t k : e.mentions) {
      const MentionInfo& x = ms_[k];
      const std::string& last = x.m.kind == MentionKind::Name && !x.name_words.empty() ? x.name_words.back() : x.lemma;
      // ("several European governments" is no one state's government)
      if ((last == "administration" || last == "government" || last == "cabinet") && x.number != Number::Plural)
        return true;
    }
    return false;
  }

  // "The North Korean government" is not the government a seat in Washington
  // stands for: an entity whose mentions name a state other than `state`.
  bool names_other_state(const Ent& e, const std::string& state) const {
    if (!canon_) return false;
    for (std::size_t k : e.mentions) {
      const std::vector<std::string> w = Canonicalizer::name_words(ms_[k].text);
      for (std::size_t a = 0; a < w.size(); ++a)
        for (std::size_t len = 1; len <= 2 && a + len <= w.size(); ++len) {
          std::string part = w[a];
          if (len == 2) part += " " + w[a + 1];
          std::optional<ActorName> st = canon_->state_of_demonym(part);
          if (!st) st = canon_->lookup(part);
          if (st && st->type == "GPE" && Canonicalizer::name_key(st->id) != Canonicalizer::name_key(state))
            return true;
        }
    }
    return false;
  }

  // "North" in "North and South Korea": completed by the last word of the next
  // conjoined name, it names a state ("North Korea"; "North Korean" -> North Korea).
  std::optional<ActorName> elliptic_state(std::size_t i) const {
    const MentionInfo& m = ms_[i];
    const nlp::Sentence& s = sentences_[m.m.sentence];
    const int n = static_cast<int>(s.words.size());
    int k = m.m.last + 1;
    if (k >= n || coref::base_deprel(s.words[static_cast<std::size_t>(k)].deprel) != "cc") return std::nullopt;
    ++k;
    // The next conjunct's words up to the end of its proper-noun/adjective run.
    int e = k;
    while (e + 1 < n && (s.words[static_cast<std::size_t>(e + 1)].upos == "PROPN" ||
                         s.words[static_cast<std::size_t>(e + 1)].upos == "ADJ"))
      ++e;
    if (e == k) return std::nullopt;
    const std::string cand = s.words[static_cast<std::size_t>(m.m.first)].form + " " +
                             s.words[static_cast<std::size_t>(e)].form;
    if (auto a = canon_->lookup(cand); a && a->type == "GPE") return a;
    if (auto d = canon_->state_of_demonym(cand)) return d;
    return std::nullopt;
  }

  // --- descriptions ----------------------------------------------------------

  bool place_words(const std::string& prefix) const {
    if (prefix.empty()) return true;
    if (!canon_) return false;
    return canon_->lookup(prefix).has_value() || canon_->state_of_demonym(prefix).has_value();
  }

  // A description's role matches an entity role exactly, or is its end with
  // only places or peoples in front ("the leader" vs "north korean leader").
  bool role_matches(const Ent& e, const std::string& role) const {
    for (const std::string& r : e.roles) {
      if (r == role) return true;
      if (r.size() > role.size() + 1 && r.compare(r.size() - role.size(), role.size(), role) == 0 &&
          r[r.size() - role.size() - 1] == ' ' && place_words(r.substr(0, r.size() - role.size() - 1)))
        return true;
    }
    return false;
  }

  // "both countries", "the two leaders", "the two sides": the last two
  // actors of that kind the document named, as one group.
  bool resolve_pair(std::size_t i) {
    const MentionInfo& m = ms_[i];
    if (m.number != Number::Plural || opt_.source != MentionSource::Predicted) return false;
    const nlp::Sentence& s = sentences_[m.m.sentence];
    bool pair = false;
    for (int k = m.m.first; k < m.m.head; ++k) {
      const std::string w = coref::lower(s.words[static_cast<std::size_t>(k)].form);
      if (w == "both" || w == "two") pair = true;
    }
    if (!pair) return false;
    std::string want;
    if (m.lemma == "country" || m.lemma == "nation" || m.lemma == "state" || m.lemma == "government") want = "GPE";
    else if (m.lemma == "leader" || m.lemma == "president" || m.lemma == "man" || m.lemma == "woman") want = "PERSON";
    else if (m.lemma != "side") return false;
    std::vector<int> found;
    for (std::size_t k = i; k-- > 0 && found.size() < 2;) {
      const MentionInfo& x = ms_[k];
      if (x.m.sentence + 3 < m.m.sentence) break;
      const int ei = x.m.entity;
      if (ei < 0 || x.m.kind == MentionKind::Pronoun) continue;
      // "Zelenskiy thanked the two leaders": not the clause's own subject.
      if (x.m.sentence == m.m.sentence && x.clause == m.clause && x.deprel == "nsubj") continue;
      const Ent& e = ents_[static_cast<std::size_t>(ei)];
      if (e.dead || !e.members.empty() || std::find(found.begin(), found.end(), ei) != found.end()) continue;
      // (A name of unknown type may be a person: "Erdogan met Putin ... the two leaders".)
      const bool person = e.type == "PERSON" || (e.type.empty() && e.maybe_person);
      const bool fits = want.empty() ? (e.type == "GPE" || e.type == "ORG" || person)
                                     : (want == "PERSON" ? person : e.type == want);
      // Named actors only: "as prime minister" is no leader of its own.
      bool named = false;
      for (std::size_t k : e.mentions) named = named || ms_[k].m.kind == MentionKind::Name;
      if (fits && named) found.push_back(ei);
    }
    if (found.size() < 2) return false;
    std::reverse(found.begin(), found.end());
    const int g = new_entity(i, ents_[static_cast<std::size_t>(found[0])].id + " and " +
                                    ents_[static_cast<std::size_t>(found[1])].id, "GROUP");
    ents_[static_cast<std::size_t>(g)].members = found;
    return true;
  }

  void resolve_nominal(std::size_t i) {
    MentionInfo& m = ms_[i];
    if (resolve_pair(i)) return;
    // Apposition: "Kim Yo Jong, sister of ...", "Otto Warmbier, the university student".
    if (m.deprel == "appos") {
      for (std::size_t k = i; k-- > 0;) {
        const MentionInfo& a = ms_[k];
        if (a.m.sentence != m.m.sentence) break;
        if (a.m.head == m.governor && a.m.entity >= 0) {
          Ent& e = ents_[static_cast<std::size_t>(a.m.entity)];
          // "Moon Jae-in (bottom left)": a person's apposition names a person.
          const bool fits = !(e.type == "PERSON" && !m.person);
          if (a.m.kind == MentionKind::Name && fits) {
            add_roles(e, m.lemma);
            add_roles(e, m.role);
            join(i, a.m.entity);
            return;
          }
          break;
        }
      }
    }
    if (m.definite && !m.role.empty()) {
      // "the North" and other short forms of a state the document has named.
      if (!m.state.empty()) {
        if (const int st = entity_with_id(m.state); st >= 0) {
          join(i, st);
          return;
        }
      }
      const int e = most_recent(i, [&](const Ent& en, const MentionInfo&) {
        return en.type != "thing" && role_matches(en, m.role);
      });
      if (e >= 0) {
        join(i, e);
        return;
      }
      // "the administration": the one the document named ("the Trump administration");
      // "the regime", "the government": else the state most recently in focus.
      if (coref::is_government_noun(m.lemma) && m.role == m.lemma && opt_.source == MentionSource::Predicted) {
        const int gov = most_recent(i, [&](const Ent& en, const MentionInfo& x) {
          return en.type == "ORG" && &x != &m &&
                 ((!en.name_words.empty() && en.name_words.back() == m.lemma) ||
                  (x.m.kind == MentionKind::Nominal && x.lemma == m.lemma && x.role != m.role));
        });
        if (gov >= 0) {
          join(i, gov);
          return;
        }
        const int st = m.lemma == "administration" ? -1 : most_recent(i, [&](const Ent& en, const MentionInfo& x) {
          return is_country(en) && x.m.sentence + 3 >= m.m.sentence;
        });
        if (st >= 0) {
          join(i, st);
          return;
        }
      }
      // "cut ties with the country": the state most recently named.
      if ((m.lemma == "country" || m.lemma == "nation") && m.role == m.lemma && m.number != Number::Plural &&
          opt_.source == MentionSource::Predicted) {
        const int st = most_recent(i, [&](const Ent& en, const MentionInfo& x) {
          return is_country(en) && x.m.sentence + 3 >= m.m.sentence && x.m.kind != MentionKind::Pronoun;
        });
        if (st >= 0) {
          join(i, st);
          return;
        }
      }
      // A repeated definite noun phrase ("the study" ... "the study").
      const int r = most_recent(i, [&](const Ent&, const MentionInfo& x) {
        return x.m.kind == MentionKind::Nominal && x.lemma == m.lemma && x.role == m.role;
      });
      if (r >= 0) {
        join(i, r);
        return;
      }
    }
    std::string id;
    {
      // The words as written ("U.S. lawmakers"), without determiners and possessive markers.
      const nlp::Sentence& s = sentences_[m.m.sentence];
      for (int k = m.m.first; k <= m.m.last; ++k) {
        const nlp::Word& w = s.words[static_cast<std::size_t>(k)];
        if (coref::base_deprel(w.deprel) == "det" && k < m.m.head) continue;
        if (w.upos == "PUNCT" || w.upos == "PART" || w.form == "'s" || w.form == "\xE2\x80\x99s") continue;
        id += (id.empty() ? "" : " ") + w.form;
      }
    }
    new_entity(i, id, m.m.type);
  }

  // An entity's salience at sentence `s`: its mentions so far, weighted by their
  // grammatical role and halved per sentence back.
  double salience(int ei, std::size_t s) const {
    double sum = 0;
    for (std::size_t k : ents_[static_cast<std::size_t>(ei)].mentions) {
      const MentionInfo& x = ms_[k];
      if (x.m.sentence > s) continue;
      double w = 100 + role_weight(x);
      if (x.m.kind == MentionKind::Name) w += 20;
      sum += w * std::pow(0.5, static_cast<double>(s - x.m.sentence));
    }
    return sum;
  }

  // --- pronouns ----------------------------------------------------------------

  static bool is_actor_type(const std::string& t) {
    return t == "PERSON" || t == "ORG" || t == "GPE" || t == "LOC" || t == "NORP" || t == "GROUP";
  }

  bool person_like(const Ent& e) const {
    return e.person || e.type == "PERSON" || e.maybe_person || e.type == "animal" ||
           (e.type.empty() && e.gender != Gender::Neuter);
  }

  bool agrees(const Ent& e, const MentionInfo& last, const MentionInfo& p) const {
    const coref::PronounInfo& pi = p.pronoun;
    if (pi.number == Number::Plural) {
      if (last.number == Number::Plural) return true;
      return e.type == "ORG" || e.type == "GPE" || e.type == "GROUP" || e.type == "organization" ||
             e.type == "NORP";
    }
    if (last.number == Number::Plural && last.m.kind != MentionKind::Name) return false;
    if (e.type == "GROUP") return false;
    if (pi.gender == Gender::Neuter) {
      if (e.type == "PERSON" || e.person || e.gender == Gender::Male || e.gender == Gender::Female) return false;
      return true;
    }
    // he / she
    if (!person_like(e)) return false;
    if (e.gender != Gender::Unknown && e.gender != pi.gender) return false;
    return true;
  }

  // The clause that supplies the understood subject of the pronoun's clause, when
  // that clause has none of its own ("to praise him", "praising him"); else -1.
  // Controlled clauses chain ("moved from insulting Kim to praising him"): up
  // to the first clause with a subject of its own.
  int controller_clause(const MentionInfo& p) const {
    const nlp::Sentence& s = sentences_[p.m.sentence];
    int c = controller_of(s, p.clause);
    for (int guard = 0; guard < 8 && c >= 0 && !has_subject(s, c); ++guard) {
      const int up = controller_of(s, c);
      if (up < 0) break;
      c = up;
    }
    return c;
  }

  static bool has_subject(const nlp::Sentence& s, int c) {
    for (int k = 0; k < static_cast<int>(s.words.size()); ++k)
      if (coref::head_of(s, k) == c && coref::base_deprel(s.words[static_cast<std::size_t>(k)].deprel) == "nsubj")
        return true;
    return false;
  }

  static int controller_of(const nlp::Sentence& s, const int c) {
    if (c < 0 || has_subject(s, c)) return -1;
    // Up through a conjunction ("from insulting Kim to praising him"): the first conjunct.
    int c2 = c, guard = 0;
    while (c2 >= 0 && guard++ < 16 && coref::base_deprel(s.words[static_cast<std::size_t>(c2)].deprel) == "conj")
      c2 = coref::head_of(s, c2);
    if (c2 < 0) return -1;
    const std::string d = coref::base_deprel(s.words[static_cast<std::size_t>(c2)].deprel);
    if (d != "xcomp" && d != "advcl") return -1;
    int g = coref::head_of(s, c2);
    while (g >= 0 && guard++ < 32 && s.words[static_cast<std::size_t>(g)].upos != "VERB" &&
           s.words[static_cast<std::size_t>(g)].upos != "AUX")
      g = coref::head_of(s, g);
    return g;
  }

  static bool core_argument(const std::string& d) {
    return d == "nsubj" || d == "obj" || d == "iobj" || d == "obl" || d == "expl";
  }

  double role_weight(const MentionInfo& x) const {
    if (x.deprel == "nsubj") return 80;
    if (x.deprel == "obj" || x.deprel == "iobj") return 50;
    if (x.deprel == "obl" || x.deprel == "nmod") return 30;
    if (x.deprel == "poss") return 30;
    if (x.deprel == "root") return 40;
    if (x.deprel == "compound" || x.deprel == "amod" || x.deprel == "flat") return 0;
    return 20;
  }

  // "It was a huge deal that she came", "it seems that ...", "it rains": an "it"
  // that refers to nothing (or to the clause after it).
  bool pleonastic(const MentionInfo& p) const {
    if (p.pronoun.gender != Gender::Neuter || p.pronoun.possessive || p.pronoun.reflexive) return false;
    if (p.deprel == "expl") return true;
    if (p.deprel != "nsubj" || p.governor < 0) return false;
    const nlp::Sentence& s = sentences_[p.m.sentence];
    const nlp::Word& g = s.words[static_cast<std::size_t>(p.governor)];
    const std::string lemma = coref::lower(g.lemma);
    if (lemma == "rain" || lemma == "snow") return true;
    bool clause = false, cop = false;
    for (int k = 0; k < static_cast<int>(s.words.size()); ++k) {
      if (coref::head_of(s, k) != p.governor) continue;
      const std::string d = coref::base_deprel(s.words[static_cast<std::size_t>(k)].deprel);
      if ((d == "csubj" || d == "ccomp" || d == "xcomp") && k > p.m.head) {
        // Extraposed only when the clause is introduced: "that she came", "to meet", "whether".
        for (int c = p.m.head + 1; c < k; ++c) {
          if (coref::head_of(s, c) != k) continue;
          const std::string cf = coref::lower(s.words[static_cast<std::size_t>(c)].form);
          const std::string cd = coref::base_deprel(s.words[static_cast<std::size_t>(c)].deprel);
          if ((cd == "mark" && (cf == "that" || cf == "to" || cf == "whether" || cf == "if" || cf == "like")) ||
              (d == "ccomp" && cd == "nsubj"))
            clause = true;
        }
      }
      if (d == "cop") cop = true;
    }
    return clause && (cop || lemma == "seem" || lemma == "appear" || lemma == "happen" || lemma == "matter" ||
                      lemma == "turn" || lemma == "look" || lemma == "take" || lemma == "be");
  }

  void resolve_pronoun(std::size_t i) {
    MentionInfo& p = ms_[i];
    const std::size_t s = p.m.sentence;
    if (pleonastic(p)) return;
    const std::size_t lo = s >= static_cast<std::size_t>(opt_.pronoun_window) ? s - static_cast<std::size_t>(opt_.pronoun_window) : 0;
    std::map<int, double> salience;
    std::map<int, std::size_t> latest;  // entity -> most recent usable mention
    std::set<int> bound;                 // entities the binding rule excludes
    for (std::size_t k = i; k-- > 0;) {
      const MentionInfo& x = ms_[k];
      if (x.m.sentence < lo) break;
      if (x.m.entity < 0) continue;
      if (x.m.sentence == s && x.m.last >= p.m.first) continue;  // not before the pronoun
      // Binding: a plain pronoun is not a co-argument of its antecedent ("Kim met him"),
      // nor the object of a clause whose understood subject it is ("he moved to praising him").
      if (x.m.sentence == s && !p.pronoun.reflexive && !p.pronoun.possessive && p.clause >= 0 &&
          core_argument(p.deprel) &&
          ((x.clause == p.clause && core_argument(x.deprel)) ||
           (x.deprel == "nsubj" && x.clause >= 0 && x.clause == controller_clause(p)))) {
        bound.insert(x.m.entity);  // the whole entity: "President Trump ..., but he moved to praising him"
        continue;
      }
      const double decay = std::pow(0.5, static_cast<double>(s - x.m.sentence));
      double w = 100 + role_weight(x);
      if (x.m.kind == MentionKind::Name) w += 20;
      salience[x.m.entity] += w * decay;
      latest.emplace(x.m.entity, k);
    }
    int best = -1;
    double best_score = 0;
    for (const auto& [ei, sal] : salience) {
      const Ent& e = ents_[static_cast<std::size_t>(ei)];
      const MentionInfo& last = ms_[latest[ei]];
      if (bound.count(ei) || !agrees(e, last, p)) continue;
      // A subject "it" stands for a state or an organisation only right after it
      // was the subject: otherwise "it" is far more often a thing or an event.
      if (p.pronoun.gender == Gender::Neuter && !p.pronoun.possessive && is_actor_type(e.type) &&
          !(last.deprel == "nsubj" && last.m.sentence + 1 >= s))
        continue;
      double score = sal;
      if (last.deprel == p.deprel && (p.deprel == "nsubj" || p.deprel == "obj")) score += 35;
      if (p.pronoun.reflexive && last.m.sentence == s && last.clause == p.clause) score += 200;
      if (last.m.sentence == s) score += 10;
      // "they"/"them" for a plural phrase before a collective named in the singular.
      if (p.pronoun.number == Number::Plural && last.number == Number::Plural) score += 30;
      // A gender the text has shown ("Spokeswoman Heather Nauert", an earlier "she")
      // beats one merely not ruled out.
      if ((p.pronoun.gender == Gender::Male || p.pronoun.gender == Gender::Female) && e.gender == p.pronoun.gender)
        score += 40;
      // Things are rarely "it" when an actor name is near: nothing extra; recency already decides.
      if (best < 0 || score > best_score || (score == best_score && latest[ei] > latest[best])) {
        best = ei;
        best_score = score;
      }
    }
    if (best < 0) {
      new_entity(i, p.text, "");
      ents_.back().gender = p.gender;
      if (p.gender == Gender::Male || p.gender == Gender::Female) ents_.back().person = true;
      return;
    }
    antecedent_[i] = static_cast<int>(latest[best]);
    join(i, best);
  }

  // --- output ---------------------------------------------------------------

  DocumentEntities finish() {
    DocumentEntities d;
    d.heads_.resize(sentences_.size());
    d.forms_.resize(sentences_.size());
    d.head_index_.resize(sentences_.size());
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      const nlp::Sentence& st = sentences_[s];
      for (int w = 0; w < static_cast<int>(st.words.size()); ++w) {
        d.heads_[s].push_back(coref::head_of(st, w));
        d.forms_[s].push_back(st.words[static_cast<std::size_t>(w)].form);
      }
      d.head_index_[s].assign(st.words.size(), -1);
    }
    std::vector<int> remap(ents_.size(), -1);
    int live = 0;
    for (std::size_t e = 0; e < ents_.size(); ++e)
      if (!ents_[e].dead) remap[e] = live++;
    for (MentionInfo& m : ms_)
      if (m.m.entity >= 0) m.m.entity = remap[static_cast<std::size_t>(m.m.entity)];
    d.entities_.resize(static_cast<std::size_t>(live));
    for (std::size_t e = 0; e < ents_.size(); ++e) {
      if (ents_[e].dead) continue;
      Ent& en = ents_[e];
      DocumentEntity& de = d.entities_[static_cast<std::size_t>(remap[e])];
      std::map<std::string, int> forms;
      for (std::size_t mi : en.mentions) {
        const MentionInfo& m = ms_[mi];
        forms[m.m.kind == MentionKind::Name ? m.name : m.text] += 1;
      }
      de.id = en.id;
      de.type = en.type.empty() ? (en.person ? "PERSON" : "thing") : en.type;
      if (en.type.empty() && en.maybe_person && en.gender != Gender::Neuter) de.type = "PERSON";
      // Persons are named by their fullest name; spelling ties go to the most frequent form.
      if (de.type == "PERSON" && !en.name_words.empty()) {
        std::string best;
        std::size_t best_words = 0;
        int best_count = 0;
        for (std::size_t mi : en.mentions) {
          const MentionInfo& m = ms_[mi];
          if (m.m.kind != MentionKind::Name || !m.state.empty()) continue;
          const int c = forms[m.name];
          if (m.name_words.size() > best_words || (m.name_words.size() == best_words && c > best_count)) {
            best = m.name, best_words = m.name_words.size(), best_count = c;
          }
        }
        if (!best.empty()) de.id = best;
      }
      if (canon_) {
        // A person stays a person ("Mr. Bloomberg", "Jordan" the player): resolve_name
        // already gave bare known names their gazetteer type.
        if (auto a = canon_->lookup(de.id); a && !(de.type == "PERSON" && a->type != "PERSON")) {
          de.id = a->id;
          if (de.type == "thing" || a->type != "PERSON") de.type = a->type;
        }
      }
      for (auto& f : forms) de.aliases.emplace_back(f.first, f.second);
      std::stable_sort(de.aliases.begin(), de.aliases.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      de.mentions = en.mentions;
      std::sort(de.mentions.begin(), de.mentions.end());
      de.roles.assign(en.roles.begin(), en.roles.end());
      de.states.assign(en.states.begin(), en.states.end());
    }
    for (std::size_t e = 0; e < ents_.size(); ++e) {
      if (ents_[e].dead) continue;
      for (int mem : ents_[e].members)
        if (remap[static_cast<std::size_t>(mem)] >= 0)
          d.entities_[static_cast<std::size_t>(remap[e])].members.push_back(
              static_cast<std::size_t>(remap[static_cast<std::size_t>(mem)]));
    }
    d.mentions_.reserve(ms_.size());
    d.by_sentence_.resize(sentences_.size());
    for (std::size_t e = 0; e < d.entities_.size(); ++e)
      if (!d.entities_[e].members.empty()) d.groups_.emplace(d.entities_[e].id, e);
    for (std::size_t k = 0; k < ms_.size(); ++k) {
      d.mentions_.push_back(ms_[k].m);
      d.by_sentence_[ms_[k].m.sentence].push_back(k);
      auto& slot = d.head_index_[ms_[k].m.sentence][static_cast<std::size_t>(ms_[k].m.head)];
      if (slot < 0) slot = static_cast<int>(k);
    }
    d.antecedents_ = antecedent_;
    return d;
  }

  const std::vector<nlp::Sentence>& sentences_;
  const Canonicalizer* canon_;
  ResolveOptions opt_;
  std::vector<MentionInfo> ms_;
  std::vector<Ent> ents_;
  std::unordered_map<std::string, int> first_with_key_;  // name key -> the first entity with it
  std::vector<int> antecedent_;
};

DocumentEntities DocumentEntities::resolve(const std::vector<nlp::Sentence>& sentences, const Canonicalizer* canon,
                                           const ResolveOptions& options) {
  return EntityResolver(sentences, canon, options).run();
}

std::vector<ActorRef> DocumentEntities::members(const std::string& id) const {
  std::vector<ActorRef> out;
  const auto it = groups_.find(id);
  if (it == groups_.end()) return out;
  for (std::size_t m : entities_[it->second].members)
    out.push_back(ActorRef{entities_[m].id, entities_[m].type, entities_[m].id});
  return out;
}

std::optional<EntityRef> DocumentEntities::actor_at(std::size_t sentence, int first, int last) const {
  return actor_at(sentence, first, last, -1);
}

std::optional<ActorRef> DocumentEntities::actor_at(std::size_t sentence, int first, int last, int head) const {
  if (sentence >= heads_.size()) return std::nullopt;
  const int n = static_cast<int>(heads_[sentence].size());
  first = std::max(first, 0);
  last = std::min(last, n - 1);
  if (first > last) return std::nullopt;
  if (head < first || head > last) {
    head = last;
    for (int i = first; i <= last; ++i) {
      const int h = heads_[sentence][static_cast<std::size_t>(i)];
      if (h < first || h > last) {
        head = i;
        break;
      }
    }
  }
  int found = head_index_[sentence][static_cast<std::size_t>(head)];
  if (found < 0) {
    // No mention has the span's head: take the largest mention inside the span.
    int size = -1;
    for (std::size_t k : by_sentence_[sentence]) {
      const EntityMention& m = mentions_[k];
      if (m.first < first || m.last > last || m.entity < 0) continue;
      if (!entities_[static_cast<std::size_t>(m.entity)].is_actor()) continue;
      if (m.last - m.first > size) size = m.last - m.first, found = static_cast<int>(k);
    }
  }
  if (found < 0) {
    // "Moon" that the parser split off "President Moon Jae-in": a part of a
    // name is the name's.
    for (std::size_t k : by_sentence_[sentence]) {
      const EntityMention& m = mentions_[k];
      if (m.kind == MentionKind::Name && m.first <= first && m.last >= last && m.entity >= 0) {
        found = static_cast<int>(k);
        break;
      }
    }
  }
  if (found < 0) return std::nullopt;
  const EntityMention& m = mentions_[static_cast<std::size_t>(found)];
  if (m.entity < 0) return std::nullopt;
  const DocumentEntity& e = entities_[static_cast<std::size_t>(m.entity)];
  if (!e.is_actor()) return std::nullopt;
  EntityRef r{e.id, e.type, {}};
  for (int i = first; i <= last; ++i) r.text += (r.text.empty() ? "" : " ") + forms_[sentence][static_cast<std::size_t>(i)];
  return r;
}

}  // namespace kg::extract
