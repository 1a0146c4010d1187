#include "kg/extract/coref_eval.h"

#include <map>

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
                                  const ResolveOptions& options) {
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
      auto sm = sys_at.find(pos);
      if (sm == sys_at.end()) continue;
      const int a = ents.antecedent(sm->second);
      if (a < 0) continue;
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
    }
  }
  return r;
}

}  // namespace kg::extract
