#include <algorithm>
#include <map>

#include "coref/mention_info.h"
#include "coref/name_spans.h"
#include "kg/extract/canonical.h"

namespace kg::extract::coref {

std::string base_deprel(const std::string& d) { return d.substr(0, d.find(':')); }

int span_head(const nlp::Sentence& s, int first, int last) {
  for (int i = first; i <= last; ++i) {
    const int h = head_of(s, i);
    if (h < first || h > last) return i;
  }
  return last;
}

namespace {

bool is_plural(const nlp::Word& w) {
  return w.xpos == "NNS" || w.xpos == "NNPS" || w.feats.find("Number=Plur") != std::string::npos;
}

std::string join_forms(const nlp::Sentence& s, int first, int last) {
  std::string out;
  for (int i = first; i <= last; ++i) {
    const nlp::Word& w = s.words[static_cast<std::size_t>(i)];
    if (!out.empty() && !(w.form == "'s" || w.form == "\xE2\x80\x99s" || w.form == "." || w.form == ","))
      out += ' ';
    out += w.form;
  }
  return out;
}

void add_features(MentionInfo& mi, const nlp::Sentence& s) {
  const nlp::Word& h = s.words[static_cast<std::size_t>(mi.m.head)];
  mi.lemma = lower(h.lemma.empty() || h.lemma == "_" ? h.form : h.lemma);
  mi.text = join_forms(s, mi.m.first, mi.m.last);
  mi.deprel = base_deprel(h.deprel);
  mi.governor = head_of(s, mi.m.head);
  if (h.deprel == "nmod:poss") mi.deprel = "poss";
  // The clause: climb from the head to the nearest verb-like predicate.
  int c = mi.governor;
  int guard = 0;
  while (c >= 0 && guard++ < 64) {
    const nlp::Word& w = s.words[static_cast<std::size_t>(c)];
    if (w.upos == "VERB" || w.upos == "AUX" || base_deprel(w.deprel) == "root") break;
    const std::string d = base_deprel(w.deprel);
    if (d == "ccomp" || d == "xcomp" || d == "advcl" || d == "acl" || d == "parataxis" || d == "csubj") break;
    c = head_of(s, c);
  }
  mi.clause = c;
  const int n = static_cast<int>(s.words.size());
  for (int i = 0; i < n; ++i) {
    const nlp::Word& w = s.words[static_cast<std::size_t>(i)];
    if (head_of(s, i) != mi.m.head) continue;
    const std::string d = base_deprel(w.deprel);
    if (d == "case" && mi.preposition.empty()) mi.preposition = lower(w.form);
    if (d == "det" && i < mi.m.head) {
      const std::string lf = lower(w.form);
      if (lf == "the" || lf == "this" || lf == "that" || lf == "these" || lf == "those") mi.definite = true;
    }
    if (d == "conj" && i <= mi.m.last) mi.coordinated = true;
  }
  // "The North and South": the second conjunct shares the first one's article.
  if (!mi.definite && base_deprel(h.deprel) == "conj" && mi.governor >= 0 && mi.governor < mi.m.first)
    for (int i = 0; i < mi.governor; ++i)
      if (head_of(s, i) == mi.governor && base_deprel(s.words[static_cast<std::size_t>(i)].deprel) == "det" &&
          lower(s.words[static_cast<std::size_t>(i)].form) == "the")
        mi.definite = true;
  if (mi.m.kind == MentionKind::Pronoun) {
    mi.number = mi.pronoun.number;
    mi.gender = mi.pronoun.gender;
  } else {
    mi.number = (is_plural(h) || mi.coordinated) ? Number::Plural : Number::Singular;
  }
}

// "Mike Pence" is a he, "Heather Nauert" a she: a common given name before a
// surname (never a lone name: "Kim" may be either).
void set_given_name_gender(MentionInfo& mi, const Canonicalizer* canon) {
  if (!canon || mi.name_words.size() < 2) return;
  const std::string_view g = canon->given_name_gender(mi.name_words.front());
  if (g == "male") mi.gender = Gender::Male;
  if (g == "female") mi.gender = Gender::Female;
}

}  // namespace

std::vector<GumMention> gum_mentions(const std::vector<nlp::Sentence>& sentences) {
  std::vector<GumMention> out;
  std::vector<std::pair<std::size_t, std::string>> open;  // index into out, entity id
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const nlp::Sentence& s = sentences[si];
    for (int i = 0; i < static_cast<int>(s.words.size()); ++i) {
      std::string_view v = nlp::misc_value(s.words[static_cast<std::size_t>(i)].misc, "Entity");
      std::size_t p = 0;
      while (p < v.size()) {
        if (v[p] == '(') {
          std::size_t e = p + 1;
          while (e < v.size() && v[e] != '(' && v[e] != ')') ++e;
          std::string_view body = v.substr(p + 1, e - p - 1);
          const std::size_t d1 = body.find('-');
          const std::string id(body.substr(0, d1));
          std::string cls;
          if (d1 != std::string_view::npos) {
            const std::size_t d2 = body.find('-', d1 + 1);
            cls = std::string(body.substr(d1 + 1, d2 == std::string_view::npos ? std::string_view::npos : d2 - d1 - 1));
          }
          out.push_back({si, i, i, id, cls});
          if (e < v.size() && v[e] == ')') {
            ++e;  // single-word mention closes at once
          } else {
            open.emplace_back(out.size() - 1, id);
          }
          p = e;
        } else if (v[p] == ')') {
          ++p;
        } else {
          std::size_t e = p;
          while (e < v.size() && v[e] != ')' && v[e] != '(') ++e;
          const std::string id(v.substr(p, e - p));
          if (e < v.size() && v[e] == ')') {
            for (std::size_t k = open.size(); k-- > 0;)
              if (open[k].second == id) {
                GumMention& m = out[open[k].first];
                if (m.sentence == si) m.last = i;
                else m.last = static_cast<int>(sentences[m.sentence].words.size()) - 1;
                open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
                break;
              }
            ++e;
          }
          p = e;
        }
      }
    }
    // Mentions never span sentences in our use: close what is left open.
    for (auto& [idx, id] : open) out[idx].last = static_cast<int>(s.words.size()) - 1;
    open.clear();
  }
  return out;
}

std::vector<MentionInfo> detect_mentions(const std::vector<nlp::Sentence>& sentences, const Canonicalizer* canon,
                                         MentionSource source) {
  std::vector<MentionInfo> out;
  std::vector<GumMention> gum;
  if (source == MentionSource::GumMisc) gum = gum_mentions(sentences);
  std::size_t gi = 0;
  std::vector<std::vector<NameSpan>> names;
  if (source == MentionSource::Predicted) names = document_name_spans(sentences, canon);
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const nlp::Sentence& s = sentences[si];
    const int n = static_cast<int>(s.words.size());
    std::vector<char> in_name(static_cast<std::size_t>(n), 0);
    auto push = [&](int first, int last, MentionKind kind, const std::string& type) -> MentionInfo& {
      MentionInfo mi;
      mi.m.sentence = si;
      mi.m.first = first;
      mi.m.last = last;
      mi.m.head = span_head(s, first, last);
      mi.m.kind = kind;
      mi.m.type = type;
      out.push_back(std::move(mi));
      return out.back();
    };
    if (source == MentionSource::GumMisc) {
      for (; gi < gum.size() && gum[gi].sentence == si; ++gi) {
        const GumMention& g = gum[gi];
        const int h = span_head(s, g.first, g.last);
        const nlp::Word& hw = s.words[static_cast<std::size_t>(h)];
        PronounInfo pi;
        MentionKind kind = MentionKind::Nominal;
        if (hw.upos == "PRON" && g.first == g.last) {
          // First and second person ("I", "you", "we") never antecede a third-person pronoun.
          if (!third_person_pronoun(hw.form, pi)) {
            if (hw.feats.find("Person=1") != std::string::npos || hw.feats.find("Person=2") != std::string::npos)
              continue;
          } else {
            kind = MentionKind::Pronoun;
          }
        } else if (hw.upos == "PROPN") {
          kind = MentionKind::Name;
        }
        std::string type = g.cls == "person" ? "PERSON" : g.cls == "organization" ? "ORG"
                         : g.cls == "place" && hw.upos == "PROPN" ? "GPE" : g.cls;
        // A pronoun's gold class would give its antecedent's class away: not used.
        if (kind == MentionKind::Pronoun) type.clear();
        MentionInfo& mi = push(g.first, g.last, kind, type);
        mi.pronoun = pi;
        mi.person = g.cls == "person" && kind != MentionKind::Pronoun;
        if (kind == MentionKind::Name) {
          mi.name = join_forms(s, g.first, g.last);
          mi.name_words = Canonicalizer::name_words(Canonicalizer::strip_name(mi.name));
          if (g.cls == "person") set_given_name_gender(mi, canon);
        }
      }
    } else {
      for (const NameSpan& sp : names[si]) {
        const int first = sp.first, last = sp.last;
        const std::string& type = sp.type;
        const int nf = sp.name_first;
        if (nf == last && first == last && is_title_word(lower(s.words[static_cast<std::size_t>(nf)].form)) &&
            type.empty())
          continue;  // a title alone ("Dr." before a name the parser split off) names nobody
        const int ts = std::min(title_start(s, nf, last), first);
        std::string role;
        for (int i = ts; i < nf; ++i) role += (role.empty() ? "" : " ") + lower(s.words[static_cast<std::size_t>(i)].form);
        std::string full = join_forms(s, nf, last);
        std::string ty = type;
        if (ty.empty()) {
          const std::string lw = lower(s.words[static_cast<std::size_t>(last)].form);
          if (canon && canon->lookup(full)) ty = canon->lookup(full)->type;
          else if (canon && canon->state_of_capital(full)) ty = "GPE";
          else if (canon && canon->state_of_demonym(full)) ty = "NORP";
          else if (is_org_word(lw)) ty = "ORG";
          else if (!role.empty() || last > nf) ty = "PERSON";
          // Without NER, a lone name after a locative preposition is a place ("at Cambridge").
          if (ty.empty() || (ty == "PERSON" && role.empty())) {
            for (int i = 0; i < n; ++i) {
              const nlp::Word& c = s.words[static_cast<std::size_t>(i)];
              const int h = head_of(s, i);
              if (base_deprel(c.deprel) != "case" || h < nf || h > last) continue;
              const std::string lp = lower(c.form);
              if (lp == "in" || lp == "at" || lp == "from" || lp == "near" || lp == "into" || lp == "across" ||
                  lp == "throughout")
                ty = "LOC";
            }
          }
        }
        MentionInfo& mi = push(nf, last, MentionKind::Name, ty);
        // "State Department Spokeswoman [Heather Nauert]" parsed with the title as
        // the head: the mention stands where the whole phrase stands.
        if (const int h = span_head(s, first, last); h >= first && h < nf) mi.m.head = h;
        for (int i = first; i <= last; ++i) in_name[static_cast<std::size_t>(i)] = 1;
        mi.name = Canonicalizer::strip_name(full);
        // "South Korea's Jae-in Moon": read off the words, since parsers often
        // attach the possessor elsewhere in a list of names.
        if (canon && ts >= 2 && (s.words[static_cast<std::size_t>(ts - 1)].form == "'s" ||
                                 s.words[static_cast<std::size_t>(ts - 1)].form == "\xE2\x80\x99s"))
          for (int from = std::max(0, ts - 4); from < ts - 1 && mi.affiliation.empty(); ++from)
            if (auto st = canon->lookup(join_forms(s, from, ts - 2)); st && st->type == "GPE") mi.affiliation = st->id;
        mi.name_words = Canonicalizer::name_words(mi.name);
        mi.role = role;
        if (ty == "PERSON" || ty.empty()) set_given_name_gender(mi, canon);
        mi.person = ty == "PERSON";
        mi.maybe_person = ty.empty();
        for (int i = ts; i <= nf && i < n; ++i) {
          const std::string lw = lower(s.words[static_cast<std::size_t>(i)].form);
          if (Gender g = honorific_gender(lw); g != Gender::Unknown) mi.gender = g;
          else if (Gender g2 = gendered_noun(lw); g2 != Gender::Unknown && i < nf) mi.gender = g2;
        }
      }
      for (int i = 0; i < n; ++i) {
        const nlp::Word& w = s.words[static_cast<std::size_t>(i)];
        PronounInfo pi;
        if ((w.upos == "PRON" || w.upos == "DET" || w.upos.empty() || w.upos == "_") &&
            third_person_pronoun(w.form, pi)) {
          if (w.upos == "DET" && !pi.possessive) continue;
          MentionInfo& mi = push(i, i, MentionKind::Pronoun, "");
          mi.pronoun = pi;
          continue;
        }
        // A title alone ("the President") is a description like "the president".
        const bool title_alone = w.upos == "PROPN" && is_title_word(lower(w.form));
        if ((w.upos != "NOUN" && !title_alone) || in_name[static_cast<std::size_t>(i)]) continue;
        // A common noun phrase: the head and its left dependents' subtrees.
        // The noun phrase: the head and the subtrees of its noun-phrase dependents
        // on the left (not a copular clause's subject or copula).
        int first = i;
        for (int j = 0; j < i; ++j) {
          if (head_of(s, j) != i) continue;
          const std::string& rel = s.words[static_cast<std::size_t>(j)].deprel;
          const std::string d = base_deprel(rel);
          if (!(d == "det" || d == "amod" || d == "compound" || d == "nummod" || d == "flat" || d == "fixed" ||
                rel == "nmod:poss" || d == "advmod" || d == "clf"))
            continue;
          // "First, Kim is the first member": a dependent before the copular
          // clause's subject or copula is not in the phrase.
          bool clause_between = false;
          for (int k = j + 1; k < i && !clause_between; ++k) {
            const std::string dk = base_deprel(s.words[static_cast<std::size_t>(k)].deprel);
            clause_between = head_of(s, k) == i && (dk == "nsubj" || dk == "cop" || dk == "aux" || dk == "mark" ||
                                                    dk == "csubj" || dk == "expl");
          }
          if (clause_between) continue;
          int lo = j;  // the leftmost word of j's subtree
          for (int k = 0; k < j; ++k) {
            int a = k, guard = 0;
            while (a >= 0 && a != j && guard++ < 64) a = head_of(s, a);
            if (a == j) {
              lo = k;
              break;
            }
          }
          first = std::min(first, lo);
          break;  // dependents are contiguous: the first one found is the leftmost
        }
        // Prepositions, commas and conjunctions in front belong to the clause, not the phrase.
        while (first < i) {
          const nlp::Word& f = s.words[static_cast<std::size_t>(first)];
          const std::string d = base_deprel(f.deprel);
          if (!(d == "case" || d == "punct" || d == "cc" || d == "mark" || f.upos == "PUNCT")) break;
          ++first;
        }
        const std::string lemma = lower(w.lemma.empty() || w.lemma == "_" ? w.form : w.lemma);
        std::string type = "thing";
        const bool people = is_person_noun(lemma) ||
                            (is_plural(w) && lemma.size() > 3 && lemma.back() == 's' &&
                             is_person_noun(lemma.substr(0, lemma.size() - 1)));
        const bool collective = lemma == "staff" || lemma == "delegation" || lemma == "family" ||
                                lemma == "people" || lemma == "police" || lemma == "team" || lemma == "crew" ||
                                lemma == "personnel" || lemma == "public";
        if (people) type = is_plural(w) || collective ? "GROUP" : "PERSON";
        else if (is_government_noun(lemma)) type = "ORG";
        MentionInfo& mi = push(first, i, MentionKind::Nominal, type);
        mi.person = type == "PERSON" || type == "GROUP";
        mi.gender = gendered_noun(lemma);
        // The role words of a description: "the [North Korean leader]".
        for (int j = first; j <= i; ++j) {
          const nlp::Word& x = s.words[static_cast<std::size_t>(j)];
          if (x.deprel == "det" || base_deprel(x.deprel) == "det" || x.upos == "PUNCT") continue;
          mi.role += (mi.role.empty() ? "" : " ") + lower(x.form);
        }
      }
    }
  }
  for (MentionInfo& mi : out) {
    const nlp::Sentence& s = sentences[mi.m.sentence];
    add_features(mi, s);
    if (mi.m.kind != MentionKind::Pronoun && canon) {
      const std::string& nm = mi.m.kind == MentionKind::Name ? mi.name : mi.text;
      if (mi.m.kind == MentionKind::Name) {
        if (auto st = canon->state_of_capital(nm)) {
          mi.state = st->id, mi.state_type = st->type, mi.state_is_capital = true;
          mi.state_is_seat = canon->is_seat_of_government(nm);
        } else if (auto st2 = canon->state_of_demonym(nm)) {
          mi.state = st2->id, mi.state_type = st2->type;
        }
      }
      if (mi.state.empty() && mi.definite)
        if (auto st3 = canon->state_of_short_form(mi.text)) mi.state = st3->id, mi.state_type = st3->type;
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const MentionInfo& a, const MentionInfo& b) {
    if (a.m.sentence != b.m.sentence) return a.m.sentence < b.m.sentence;
    if (a.m.first != b.m.first) return a.m.first < b.m.first;
    return a.m.last > b.m.last;
  });
  return out;
}

}  // namespace kg::extract::coref
