#include "kg/extract/coref_eval.h"

#include <map>
#include <ostream>

#include "coref/mention_info.h"

namespace kg::extract {

std::vector<std::vector<nlp::Sentence>> split_documents(const std::vector<nlp::Sentence>& sentences) {
  std::vector<std::vector<nlp::Sentence>> docs;
  for (const nlp::Sentence& s : sentences) {
    bool newdoc = docs.empty();
    for (const std::string& c : s.comments)
      if (c.rfind("newdoc", 0) == 0) newdoc = true;
    if (newdoc) docs.emplace_back();
    docs.back().push_back(s);
  }
  return docs;
}

CorefEvalResult evaluate_pronouns(const std::vector<nlp::Sentence>& sentences, const Canonicalizer* canon,
                                  const ResolveOptions& options, std::ostream* misses) {
  CorefEvalResult r;
  for (const std::vector<nlp::Sentence>& doc : split_documents(sentences)) {
    ++r.documents;
    const std::vector<coref::GumMention> gold = coref::gum_mentions(doc);
    // Gold entity ids of the mentions headed by each word.
    std::map<std::pair<std::size_t, int>, std::vector<const coref::GumMention*>> by_head;
    for (const coref::GumMention& g : gold)
      by_head[{g.sentence, coref::span_head(doc[g.sentence], g.first, g.last)}].push_back(&g);
    const DocumentEntities ents = DocumentEntities::resolve(doc, canon, options);
    std::map<std::pair<std::size_t, int>, std::size_t> sys_at;  // (sentence, word) -> pronoun mention
    for (std::size_t k = 0; k < ents.mentions().size(); ++k) {
      const EntityMention& m = ents.mentions()[k];
      if (m.kind == MentionKind::Pronoun) sys_at.emplace(std::make_pair(m.sentence, m.head), k);
    }
    std::map<std::string, std::pair<std::size_t, int>> first_seen;  // entity -> first mention position
    for (const coref::GumMention& g : gold) {
      auto pos = std::make_pair(g.sentence, g.first);
      auto [it, fresh] = first_seen.emplace(g.entity, pos);
      if (fresh || it->second >= pos) continue;  // no antecedent before this mention
      if (g.first != g.last) continue;
      const nlp::Word& w = doc[g.sentence].words[static_cast<std::size_t>(g.first)];
      coref::PronounInfo pi;
      if (w.upos != "PRON" && w.upos != "DET") continue;
      if (!coref::third_person_pronoun(w.form, pi)) continue;
      ++r.pronouns;
      auto words_of = [&](std::size_t si, int f, int l) {
        std::string t;
        for (int k = f; k <= l; ++k) t += (t.empty() ? "" : " ") + doc[si].words[static_cast<std::size_t>(k)].form;
        return t;
      };
      auto gold_antecedent = [&] {
        const coref::GumMention* prev = nullptr;
        for (const coref::GumMention& x : gold)
          if (x.entity == g.entity && std::make_pair(x.sentence, x.first) < pos) prev = &x;
        return prev ? words_of(prev->sentence, prev->first, prev->last) : std::string();
      };
      auto report = [&](const std::string& got) {
        if (misses)
          *misses << "miss: " << doc[g.sentence].id << " '" << w.form << "' -> " << got << " (gold: "
                  << gold_antecedent() << ")\n   " << doc[g.sentence].text << '\n';
      };
      auto sm = sys_at.find(pos);
      if (sm == sys_at.end()) {
        report("<not a mention>");
        continue;
      }
      const int a = ents.antecedent(sm->second);
      if (a < 0) {
        report("<none>");
        continue;
      }
      ++r.linked;
      const EntityMention& am = ents.mentions()[static_cast<std::size_t>(a)];
      bool ok = false;
      if (auto h = by_head.find({am.sentence, am.head}); h != by_head.end()) {
        for (const coref::GumMention* x : h->second) ok = ok || x->entity == g.entity;
      } else {
        // The system's span differs from every gold span: the smallest gold mention around its head.
        const coref::GumMention* best = nullptr;
        for (const coref::GumMention& x : gold)
          if (x.sentence == am.sentence && x.first <= am.head && am.head <= x.last &&
              (!best || x.last - x.first < best->last - best->first))
            best = &x;
        ok = best && best->entity == g.entity;
      }
      if (ok) ++r.correct;
      else report(words_of(am.sentence, am.first, am.last) + " [" + doc[am.sentence].id + "]");
    }
  }
  return r;
}

}  // namespace kg::extract
