#include "coref/name_spans.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "coref/lexicon.h"
#include "coref/mention_info.h"
#include "kg/extract/canonical.h"

namespace kg::extract::coref {
namespace {

const nlp::Word& word(const nlp::Sentence& s, int i) { return s.words[static_cast<std::size_t>(i)]; }
std::string lower_form(const nlp::Sentence& s, int i) { return lower(word(s, i).form); }
bool capitalised(const std::string& f) { return !f.empty() && f[0] >= 'A' && f[0] <= 'Z'; }
bool lower_initial(const std::string& f) { return !f.empty() && f[0] >= 'a' && f[0] <= 'z'; }

// No space between words i and i+1 ("Jong" "-" "un").
bool glued(const nlp::Sentence& s, int i) {
  if (i + 1 >= static_cast<int>(s.words.size())) return false;
  const nlp::Word& a = word(s, i);
  const nlp::Word& b = word(s, i + 1);
  if (a.end > 0) return a.end == b.start;
  return nlp::misc_value(a.misc, "SpaceAfter") == "No";
}

bool function_word(const nlp::Word& w) {
  return w.upos == "ADP" || w.upos == "SCONJ" || w.upos == "DET" || w.upos == "CCONJ" || w.upos == "PUNCT" ||
         w.upos == "PART";
}

bool actor_class(const std::string& t) {
  return t == "PERSON" || t == "PER" || t == "ORG" || t == "GPE" || t == "LOC" || t == "NORP" || t.empty();
}

// BILOU/BIO tags in Word::ner -> (first, last, type). False when the sentence has no tags.
bool ner_spans(const nlp::Sentence& s, std::vector<NameSpan>& out) {
  bool any = false;
  int start = -1;
  std::string type;
  const int n = static_cast<int>(s.words.size());
  auto close = [&](int last) {
    if (start >= 0) out.push_back({start, last, start, type});
    start = -1;
  };
  for (int i = 0; i < n; ++i) {
    const std::string& t = word(s, i).ner;
    if (!t.empty()) any = true;
    if (t.size() < 3 || t[1] != '-') {
      close(i - 1);
      continue;
    }
    const char p = t[0];
    const std::string ty = t.substr(2) == "PER" ? "PERSON" : t.substr(2);
    if (p == 'U' || p == 'S') {
      close(i - 1);
      out.push_back({i, i, i, ty});
    } else if (p == 'B' || start < 0 || ty != type) {
      close(i - 1);
      start = i;
      type = ty;
      if (p == 'L' || p == 'E') close(i);
    } else if (p == 'L' || p == 'E') {
      close(i);
    }
  }
  close(n - 1);
  return any;
}

// Runs of proper nouns (hyphen-glued pieces included), not split at an "nmod".
void propn_runs(const nlp::Sentence& s, std::vector<NameSpan>& out) {
  const int n = static_cast<int>(s.words.size());
  for (int i = 0; i < n;) {
    if (word(s, i).upos != "PROPN") {
      ++i;
      continue;
    }
    int j = i;
    while (j + 1 < n && word(s, j + 1).upos == "PROPN" && base_deprel(word(s, j).deprel) != "nmod") ++j;
    out.push_back({i, j, i, ""});
    i = j + 1;
  }
}

// Function words and punctuation the recogniser let into either end ("As US",
// "North Korea of a ""); "of" after a title goes with the title's complement
// ("Secretary of [State Mike Pompeo]").
bool trim(const nlp::Sentence& s, NameSpan& sp) {
  while (sp.first < sp.last) {
    const nlp::Word& f = word(s, sp.first);
    if (!(function_word(f) || lower_initial(f.form))) break;
    if (lower(f.form) == "of" && sp.first > 0 && sp.first + 2 <= sp.last && is_title_word(lower_form(s, sp.first - 1)))
      ++sp.first;
    ++sp.first;
  }
  while (sp.last > sp.first) {
    const nlp::Word& l = word(s, sp.last);
    if (!(function_word(l) || lower_initial(l.form))) break;
    if (l.upos != "PUNCT" && glued(s, sp.last - 1)) break;  // "Jong-un" written apart: "Jong" "-" "un"
    --sp.last;
  }
  const nlp::Word& only = word(s, sp.first);
  return !(sp.first == sp.last && (function_word(only) || only.form.size() < 2));
}

std::string join(const nlp::Sentence& s, int first, int last) {
  std::string out;
  for (int i = first; i <= last; ++i) {
    if (!out.empty() && !glued(s, i - 1)) out += ' ';
    out += word(s, i).form;
  }
  return out;
}

bool known(const Canonicalizer* canon, const std::string& name) {
  return canon && (canon->lookup(name) || canon->state_of_capital(name) || canon->state_of_demonym(name) ||
                   !canon->states_of_plural(name).empty());
}

// "US-North Korea talks": two names joined by a hyphen, each one known.
bool split_at_hyphen(const nlp::Sentence& s, const NameSpan& sp, const Canonicalizer* canon,
                     std::vector<NameSpan>& out) {
  if (!canon) return false;
  for (int k = sp.first + 1; k < sp.last; ++k) {
    if (word(s, k).form != "-") continue;
    const std::string a = join(s, sp.first, k - 1), b = join(s, k + 1, sp.last);
    auto type_of = [&](const std::string& x) -> std::string {
      if (auto r = canon->lookup(x)) return r->type;
      if (canon->state_of_capital(x)) return "GPE";
      return {};
    };
    const std::string ta = type_of(a), tb = type_of(b);
    if (ta.empty() || tb.empty()) continue;
    out.push_back({sp.first, k - 1, sp.first, ta});
    out.push_back({k + 1, sp.last, k + 1, tb});
    return true;
  }
  return false;
}

// "The United [States]": a span that is part of a longer known name grows
// over the capitalised words next to it that complete that name.
void complete_known_name(const nlp::Sentence& s, NameSpan& sp, const Canonicalizer* canon,
                         const std::vector<char>& taken) {
  if (!canon) return;
  const int n = static_cast<int>(s.words.size());
  auto free_cap = [&](int i) {
    return i >= 0 && i < n && capitalised(word(s, i).form) && word(s, i).upos != "PUNCT" &&
           (!taken[static_cast<std::size_t>(i)] || (i >= sp.first && i <= sp.last));
  };
  int best_a = sp.first, best_b = sp.last;
  for (int a = sp.first; a >= sp.first - 3 && free_cap(a); --a)
    for (int b = sp.last; b <= sp.last + 3 && free_cap(b); ++b) {
      if (a == sp.first && b == sp.last) continue;
      if (b - a > best_b - best_a && canon->lookup(join(s, a, b))) best_a = a, best_b = b;
    }
  if (best_a == sp.first && best_b == sp.last) return;
  sp.first = best_a, sp.last = best_b;
  sp.type = canon->lookup(join(s, best_a, best_b))->type;
}

// "The [Washington] Post": capitalised words after the span, ending in a word
// that ends organisation names, with the span inside their noun phrase.
void complete_organisation(const nlp::Sentence& s, NameSpan& sp, const std::vector<char>& taken) {
  const int n = static_cast<int>(s.words.size());
  int e = sp.last;
  while (e + 1 < n && !taken[static_cast<std::size_t>(e + 1)] && capitalised(word(s, e + 1).form) &&
         (word(s, e + 1).upos == "PROPN" || word(s, e + 1).upos == "NOUN"))
    ++e;
  while (e > sp.last && !is_org_word(lower_form(s, e))) --e;
  if (e == sp.last) return;
  const int h = head_of(s, sp.last);
  if (h <= sp.last || h > e) return;
  sp.last = e;
  sp.type = "ORG";
}

// Where the name proper starts: after the last title word that has only
// capitalised words after it ("South Korean President [Moon Jae-in]"), and
// after the portfolio of "Secretary of State [Rex Tillerson]". Names of
// organisations keep their words ("U.N. General Assembly").
int name_start(const nlp::Sentence& s, const NameSpan& sp) {
  if (is_org_word(lower_form(s, sp.last)) || is_place_word(lower_form(s, sp.last))) return sp.first;
  int nf = sp.first;
  for (int t = sp.last - 1; t >= sp.first; --t) {
    const std::string lw = lower_form(s, t);
    if (is_title_word(lw)) {
      nf = t + 1;
      break;
    }
    if (!(capitalised(word(s, t).form) || word(s, t).form == "-" || lw == "of" || glued(s, t))) break;
  }
  // "Secretary of [State Rex Tillerson]": the span began after the "of".
  if (nf == sp.first && sp.first >= 2 && lower_form(s, sp.first - 1) == "of" &&
      is_title_word(lower_form(s, sp.first - 2))) {
    int k = sp.first;
    while (k < sp.last && is_portfolio_word(lower_form(s, k))) ++k;
    return k;
  }
  if (nf > sp.first && nf <= sp.last && lower_form(s, nf) == "of") {
    int k = nf + 1;
    while (k < sp.last && is_portfolio_word(lower_form(s, k))) ++k;
    if (k > nf + 1) nf = k;
  }
  return nf;
}

// A proper-noun run the recogniser left out that still acts in its clause
// ("Putin and Xi signed", "met Xi Jinping"): a name in a participant's
// place is kept, untyped, unless it reads as a date, an event, a place or
// an organisation's building.
bool acting_name(const nlp::Sentence& s, const NameSpan& sp) {
  const std::string lw = lower_form(s, sp.last);
  if (is_date_word(lw) || is_event_word(lw) || is_place_word(lw)) return false;
  int h = sp.first;
  for (int i = sp.first; i <= sp.last; ++i) {
    const int up = head_of(s, i);
    if (up < sp.first || up > sp.last) h = i;
  }
  std::string rel = word(s, h).deprel;
  // Through a conjunction to the first conjunct's place ("Putin and Xi").
  for (int guard = 0; guard < 8 && base_deprel(rel) == "conj" && head_of(s, h) >= 0; ++guard) {
    h = head_of(s, h);
    rel = word(s, h).deprel;
  }
  const std::string b = base_deprel(rel);
  if (b == "nsubj" || b == "obj" || b == "iobj" || rel == "obl:agent" || rel == "nmod:poss") return true;
  // A partner or an opponent ("met with Xi", "sanctions against Lukashenko");
  // "in/at/to/from X" may as well be a place.
  if (b == "obl" || b == "nmod")
    for (int i = 0; i < static_cast<int>(s.words.size()); ++i)
      if (head_of(s, i) == h && base_deprel(word(s, i).deprel) == "case") {
        const std::string p = lower_form(s, i);
        return p == "with" || p == "against" || p == "by" || p == "toward" || p == "towards";
      }
  return false;
}

bool person_title_before(const nlp::Sentence& s, const NameSpan& sp) {
  const int ts = std::min(title_start(s, sp.name_first, sp.last), sp.first);
  for (int i = ts; i < sp.name_first; ++i)
    if (is_title_word(lower_form(s, i))) return true;
  return false;
}

}  // namespace

int title_start(const nlp::Sentence& s, int first, int last) {
  int b = first;
  while (b - 1 >= 0) {
    const int i = b - 1;
    const nlp::Word& w = word(s, i);
    const int h = head_of(s, i);
    const std::string d = base_deprel(w.deprel);
    if (d == "det" || d == "case" || d == "punct" || w.deprel == "nmod:poss" || d == "cc") break;
    if (w.form == "'s" || w.form == "\xE2\x80\x99s") break;
    if (!(h >= first && h <= last) && !(h >= i + 1 && h <= last)) break;
    if (!(w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "ADJ")) break;
    b = i;
  }
  return b;
}

std::vector<std::vector<NameSpan>> document_name_spans(const std::vector<nlp::Sentence>& sentences,
                                                       const Canonicalizer* canon) {
  // The same few names are asked about many times per document.
  std::unordered_map<std::string, bool> memo;
  auto is_known = [&](const std::string& name) {
    auto it = memo.find(name);
    if (it == memo.end()) it = memo.emplace(name, known(canon, name)).first;
    return it->second;
  };
  std::vector<std::vector<NameSpan>> out(sentences.size());
  std::vector<std::vector<char>> from_tree(sentences.size());  // parallel to out: found without the recogniser
  std::vector<char> tagged(sentences.size(), 0);
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const nlp::Sentence& s = sentences[si];
    const int n = static_cast<int>(s.words.size());
    std::vector<NameSpan> raw;
    if (!ner_spans(s, raw)) {
      std::vector<NameSpan> runs;
      propn_runs(s, runs);
      for (NameSpan r : runs) {
        if (!trim(s, r)) continue;
        r.name_first = name_start(s, r);
        out[si].push_back(r);
      }
      from_tree[si].assign(out[si].size(), 0);
      continue;
    }
    tagged[si] = 1;
    std::vector<char> taken(static_cast<std::size_t>(n), 0);  // words the recogniser put in any span
    for (const NameSpan& r : raw)
      for (int i = r.first; i <= r.last; ++i) taken[static_cast<std::size_t>(i)] = 1;
    std::vector<NameSpan> spans;
    for (NameSpan sp : raw) {
      if (!actor_class(sp.type) || !trim(s, sp)) continue;
      if (sp.first == sp.last && is_title_word(lower_form(s, sp.first))) continue;  // "the President": a description
      const std::string lw = lower_form(s, sp.last);
      if ((sp.first == sp.last && is_date_word(lw)) || is_event_word(lw)) continue;
      if (split_at_hyphen(s, sp, canon, spans)) continue;
      if (!is_known(join(s, sp.first, sp.last))) complete_known_name(s, sp, canon, taken);
      if (sp.type != "PERSON") complete_organisation(s, sp, taken);
      for (int i = sp.first; i <= sp.last; ++i) taken[static_cast<std::size_t>(i)] = 1;
      spans.push_back(sp);
    }
    // Proper-noun runs the recogniser left out: kept below only if they name a person.
    std::vector<NameSpan> runs;
    propn_runs(s, runs);
    std::vector<char> tree_flags(spans.size(), 0);
    for (NameSpan r : runs) {
      bool free = true;
      for (int i = r.first; i <= r.last; ++i) free = free && !taken[static_cast<std::size_t>(i)];
      if (!free || !trim(s, r)) continue;
      if (is_date_word(lower_form(s, r.last)) || is_event_word(lower_form(s, r.last))) continue;
      spans.push_back(r);
      tree_flags.push_back(1);
    }
    // Word order, and the name proper of each span.
    std::vector<std::size_t> order(spans.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return spans[a].first < spans[b].first; });
    for (std::size_t k : order) {
      NameSpan sp = spans[k];
      sp.name_first = name_start(s, sp);
      out[si].push_back(sp);
      from_tree[si].push_back(tree_flags[k]);
    }
  }

  // Words of the names the document gives persons: what the recogniser typed
  // PERSON, and any name with a person's title in front.
  std::set<std::string> person_words;
  std::vector<std::vector<char>> titled(sentences.size());
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    for (const NameSpan& sp : out[si]) {
      const bool t = tagged[si] && sp.name_first <= sp.last && person_title_before(sentences[si], sp);
      titled[si].push_back(t);
      if (!tagged[si] || sp.name_first > sp.last || !(sp.type == "PERSON" || t)) continue;
      const std::string name = join(sentences[si], sp.name_first, sp.last);
      if (is_known(name)) continue;
      for (const std::string& w : Canonicalizer::name_words(Canonicalizer::strip_name(name)))
        if (!is_known(w)) person_words.insert(w);
    }
  }
  // "But Moon wants ...": a surname that is also a common word, tagged as a
  // noun, is the person when the document names a person with it and it is
  // capitalised where a common noun would not be (not the first word).
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    if (!tagged[si] || person_words.empty()) continue;
    const nlp::Sentence& s = sentences[si];
    const int n = static_cast<int>(s.words.size());
    int first_word = 0;
    while (first_word < n && word(s, first_word).upos == "PUNCT") ++first_word;
    std::vector<char> taken(static_cast<std::size_t>(n), 0);
    for (const NameSpan& sp : out[si])
      for (int i = sp.first; i <= sp.last; ++i) taken[static_cast<std::size_t>(i)] = 1;
    bool added = false;
    for (int i = first_word + 1; i < n; ++i) {
      const nlp::Word& w = word(s, i);
      if (taken[static_cast<std::size_t>(i)] || w.upos != "NOUN" || !(w.form[0] >= 'A' && w.form[0] <= 'Z')) continue;
      if (word(s, i - 1).upos == "PUNCT" && (word(s, i - 1).form == "\"" || word(s, i - 1).form == ":")) continue;
      const std::vector<std::string> ws = Canonicalizer::name_words(w.form);
      if (ws.size() != 1 || !person_words.count(ws[0]) || is_known(w.form)) continue;
      // Only a name word on its own: a capitalised compound ("Moon Landing") is something else.
      if ((i + 1 < n && taken[static_cast<std::size_t>(i + 1)] == 0 && !lower_initial(word(s, i + 1).form) &&
           word(s, i + 1).upos != "PUNCT"))
        continue;
      out[si].push_back({i, i, i, "PERSON"});
      titled[si].push_back(0);
      added = true;
    }
    if (added) {
      std::vector<std::size_t> order(out[si].size());
      for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
      std::stable_sort(order.begin(), order.end(),
                       [&](std::size_t a, std::size_t b) { return out[si][a].first < out[si][b].first; });
      std::vector<NameSpan> spans;
      std::vector<char> t, f;
      for (std::size_t k : order) {
        spans.push_back(out[si][k]);
        t.push_back(titled[si][k]);
        f.push_back(k < from_tree[si].size() ? from_tree[si][k] : 0);
      }
      out[si] = std::move(spans);
      titled[si] = std::move(t);
      from_tree[si] = std::move(f);
    }
  }
  // One type per name: a name made of those words is a person's, unless it is a
  // known place, state or organisation, or ends like the name of one.
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    if (!tagged[si]) continue;
    const nlp::Sentence& s = sentences[si];
    std::vector<NameSpan> kept;
    for (std::size_t k = 0; k < out[si].size(); ++k) {
      NameSpan sp = out[si][k];
      if (sp.type != "PERSON" && sp.name_first <= sp.last) {
        const std::string name = join(s, sp.name_first, sp.last);
        const std::string lw = lower_form(s, sp.last);
        const std::vector<std::string> words = Canonicalizer::name_words(Canonicalizer::strip_name(name));
        std::size_t personal = 0;
        for (const std::string& w : words) personal += person_words.count(w);
        const bool fixed = is_known(name) || is_org_word(lw) || is_place_word(lw) || words.empty();
        if (!fixed && (titled[si][k] || personal == words.size() || (words.size() >= 2 && personal > 0)))
          sp.type = "PERSON";
      }
      if (from_tree[si][k] && sp.type != "PERSON" && !acting_name(s, sp)) continue;
      kept.push_back(sp);
    }
    out[si] = std::move(kept);
  }
  return out;
}

}  // namespace kg::extract::coref
