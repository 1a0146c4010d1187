#include "kg/extract/extractor.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "kg/base/error.h"
#include "kg/extract/coref.h"
#include "kg/nlp/pipeline.h"
#include "kg/extract/relation.h"
#include "triple_selection.h"

namespace kg::extract {
namespace {

Span words_span(const nlp::Sentence& s, const std::vector<int>& words) {
  if (words.empty()) return {};
  Span sp{s.words[static_cast<std::size_t>(words.front())].start, s.words[static_cast<std::size_t>(words.back())].end};
  for (int w : words) {
    sp.start = std::min(sp.start, s.words[static_cast<std::size_t>(w)].start);
    sp.end = std::max(sp.end, s.words[static_cast<std::size_t>(w)].end);
  }
  return sp;
}

Argument make_argument(const nlp::Sentence& s, std::size_t index, const ClauseArg& a, const ActorLookup& actors) {
  Argument out;
  out.text = words_text(s, a.words);
  out.span = words_span(s, a.words);
  out.kind = "thing";
  // A clause or a predicate noun is a thing, whatever words it contains.
  if (a.words.empty() || a.role == ClauseArg::Role::Complement || a.role == ClauseArg::Role::Attribute) return out;
  std::optional<ActorRef> ref;
  // "South Korean President Moon": the people an office belongs to is their
  // state, even where the parser made the words part of the person's name.
  if (a.role == ClauseArg::Role::Oblique && a.prep == "of") ref = actors.actor_named(out.text);
  if (!ref) ref = actors.actor_at(index, a.words.front(), a.words.back(), a.actor_head >= 0 ? a.actor_head : a.head);
  if (a.distributed && s.words[static_cast<std::size_t>(a.head)].upos == "PROPN") {
    // One conjunct of "North and South Korea", "Kim and Moon's ...": its words
    // are not one span. Its own words name it when they are a mention; else
    // the words put together, when they are a known name.
    std::vector<int> w = a.words;
    std::sort(w.begin(), w.end());
    std::optional<ActorRef> part;
    for (std::size_t b = 0, e = 0; b < w.size() && !part; b = e) {
      e = b + 1;
      while (e < w.size() && w[e] == w[e - 1] + 1) ++e;
      if (a.head < w[b] || a.head > w[e - 1]) part = actors.actor_at(index, w[b], w[e - 1], -1);
    }
    if (!part) part = actors.actor_named(out.text);
    if (part) ref = part;
  }
  // One conjunct of "North and South Korean leaders": the person who holds that office.
  if (a.distributed && s.words[static_cast<std::size_t>(a.head)].upos == "NOUN")
    if (auto holder = actors.role_holder(out.text)) ref = holder;
  if (ref) {
    out.id = ref->id;
    out.type = ref->type;
    out.kind = "actor";
  }
  return out;
}

// "The Koreas took a step": one triple per state an actor stands for.
std::vector<Triple> for_each_member(Triple t, const ActorLookup& actors) {
  auto members = [&](const Argument& a) {
    std::vector<ActorRef> m;
    if (a.kind == "actor" && !a.id.empty()) m = actors.members(a.id);
    return m;
  };
  const std::vector<ActorRef> ms = members(t.subject);
  std::vector<ActorRef> mo = members(t.object);
  // "both countries have concerns about each other": each about the other.
  if (mo.empty() && !ms.empty() && is_reciprocal_phrase(t.object.text)) {
    mo = ms;
    t.object.kind = "actor";
  }
  if (ms.empty() && mo.empty()) return {std::move(t)};
  std::vector<Triple> out;
  for (std::size_t i = 0; i < std::max<std::size_t>(ms.size(), 1); ++i)
    for (std::size_t j = 0; j < std::max<std::size_t>(mo.size(), 1); ++j) {
      Triple x = t;
      if (!ms.empty()) x.subject.id = ms[i].id, x.subject.type = ms[i].type;
      if (!mo.empty()) x.object.id = mo[j].id, x.object.type = mo[j].type;
      if (!x.object.id.empty() && x.object.id == x.subject.id) continue;
      out.push_back(std::move(x));
    }
  return out;
}

// Coreference answers which actor a span names, for the whole document.
class CorefLookup : public ActorLookup {
 public:
  CorefLookup(const DocumentEntities& e, const std::vector<nlp::Sentence>& s, const Canonicalizer& canon)
      : e_(e), s_(s), canon_(canon) {}
  std::vector<ActorRef> members(const std::string& id) const override {
    std::vector<ActorRef> out = e_.members(id);
    if (!out.empty()) return out;
    for (const ActorName& a : canon_.states_of_plural(id)) out.push_back(ActorRef{a.id, a.type, id});
    return out;
  }
  std::optional<ActorRef> role_holder(const std::string& description) const override {
    std::vector<std::string> w = Canonicalizer::name_words(description);
    if (w.size() < 2) return std::nullopt;
    std::string role = w.back();
    if (role.size() > 3 && role.back() == 's') role.pop_back();  // "leaders"
    const std::optional<ActorName> state = state_before_last(w);
    if (!state || state->type != "GPE") return std::nullopt;
    const std::optional<ActorRef> none;
    std::optional<ActorRef> found;
    for (const DocumentEntity& e : e_.entities()) {
      // Only a named person: a description left on its own names nobody.
      bool named = false;
      for (std::size_t m : e.mentions) named = named || e_.mentions()[m].kind == MentionKind::Name;
      if (e.type != "PERSON" || !named) continue;
      bool fits = false;
      for (const std::string& r : e.roles) {
        const std::vector<std::string> rw = Canonicalizer::name_words(r);
        if (rw.size() < 2 || rw.back() != role) continue;
        const std::optional<ActorName> s = state_before_last(rw);
        fits = fits || (s && s->id == state->id);
      }
      // "South Korea's Jae-in Moon" is that country's leader when the text says no more.
      if (role == "leader" && std::find(e.states.begin(), e.states.end(), state->id) != e.states.end()) fits = true;
      if (!fits) continue;
      if (found) return none;  // two people fit: the text does not say which
      found = ActorRef{e.id, e.type, description};
    }
    return found;
  }
  std::optional<ActorRef> actor_named(const std::string& name) const override {
    if (auto a = canon_.lookup(name)) return ActorRef{a->id, a->type, name};
    if (auto a = canon_.state_of_demonym(name)) return ActorRef{a->id, a->type, name};
    return std::nullopt;
  }
  std::optional<ActorRef> actor_at(std::size_t sentence, int first, int last, int head) const override {
    // Ask about the head's own name, not the whole phrase: "the parents of
    // X" is not X, but "Kim Jong Un" is more than "Kim".
    int a = head, b = head;
    if (sentence < s_.size() && head >= 0) {
      const auto& w = s_[sentence].words;
      auto propn = [&](int i) { return w[static_cast<std::size_t>(i)].upos == "PROPN"; };
      // "Kim Jong-un": parts of a name written together belong to it.
      auto touching = [&](int i, int j) {
        return w[static_cast<std::size_t>(i)].end != 0 && w[static_cast<std::size_t>(i)].end == w[static_cast<std::size_t>(j)].start;
      };
      if (propn(head)) {
        while (a > first && (propn(a - 1) || touching(a - 1, a))) --a;
        while (b < last && (propn(b + 1) || touching(b, b + 1))) ++b;
        while (b > a && w[static_cast<std::size_t>(b)].upos == "PART") --b;  // "North Korea 's"
      }
    }
    auto r = e_.actor_at(sentence, a, b);
    if (!r) return std::nullopt;
    return ActorRef{r->id, r->type, r->text};
  }

 private:
  // The state the words before the last one name, as a people or a country
  // ("north korean" leader, "south korea" president).
  std::optional<ActorName> state_before_last(const std::vector<std::string>& words) const {
    std::string place;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) place += (i ? " " : "") + words[i];
    if (auto s = canon_.state_of_demonym(place)) return s;
    return canon_.lookup(place);
  }

  const DocumentEntities& e_;
  const std::vector<nlp::Sentence>& s_;
  const Canonicalizer& canon_;
};

}  // namespace

std::filesystem::path default_data_dir() {
  if (const char* env = std::getenv("KG_DATA"); env && *env) return env;
  return std::filesystem::path(KG_SOURCE_DIR) / "data";
}

Extractor::Extractor(const ExtractorOptions& options) : options_(options) {
  std::filesystem::path dir = options.data_dir.empty() ? default_data_dir() : options.data_dir;
  events_ = EventLexicon::load(dir / "lexicon" / "events.tsv");
  for (const auto& p : options.lexicons) events_.add_file(p);
  nominals_ = std::make_shared<NominalLexicon>(NominalLexicon::load(dir / "lexicon" / "nominal_events.tsv"));
  canon_ = Canonicalizer::load(dir);
  if (!options.aliases.empty()) canon_.add_alias_file(options.aliases);
  clause_options_ = options.clauses;
  clause_options_.nominals = nominals_.get();
  if (!options.models_dir.empty()) {
    pipeline_ = std::make_unique<nlp::Pipeline>(nlp::Pipeline::load(options.models_dir));
    pipeline_->set_parser_beam(options.parser_beam);
  }
}

Extractor::~Extractor() = default;

std::vector<Clause> Extractor::clauses(const nlp::Sentence& s) const {
  // Set here, not at construction: the Extractor may have been moved.
  ClauseOptions o = clause_options_;
  o.places = &canon_;
  return extract_clauses(s, o);
}
Extractor::Extractor(Extractor&&) noexcept = default;

const nlp::Pipeline& Extractor::pipeline() const {
  if (!pipeline_) throw Error("extraction from text needs the NLP models (--models DIR)");
  return *pipeline_;
}

std::vector<nlp::Sentence> Extractor::parse(const text::Document& doc) const {
  return pipeline().annotate(doc, text::tokenize(doc, options_.tokenize));
}

std::vector<Triple> Extractor::extract(const text::Document& doc) const { return extract_parsed(doc, parse(doc)); }

std::vector<Triple> Extractor::extract(const std::vector<text::Document>& docs) {
  std::vector<Triple> all;
  for (const text::Document& d : docs) {
    std::vector<Triple> ts = extract(d);
    all.insert(all.end(), std::make_move_iterator(ts.begin()), std::make_move_iterator(ts.end()));
  }
  canonicalise(all);
  return all;
}

std::vector<Triple> Extractor::extract_parsed(const text::Document& doc,
                                              const std::vector<nlp::Sentence>& sentences) const {
  if (!options_.coreference) {
    MentionActorLookup actors(sentences);
    return extract_parsed(doc, sentences, actors);
  }
  DocumentEntities entities = DocumentEntities::resolve(sentences, &canon_);
  CorefLookup actors(entities, sentences, canon_);
  return extract_parsed(doc, sentences, actors);
}

void Extractor::canonicalise(std::vector<Triple>& triples) {
  for (const Triple& t : triples)
    for (const Argument* a : {&t.subject, &t.object})
      if (a->kind == "actor" && !a->id.empty()) canon_.observe(a->id, a->type, a->text);
  for (Triple& t : triples)
    for (Argument* a : {&t.subject, &t.object})
      if (a->kind == "actor" && !a->id.empty()) {
        ActorName n = canon_.canonical(a->id, a->type);
        a->id = n.id;
        if (!n.type.empty()) a->type = n.type;
      }
}

std::vector<Triple> Extractor::extract_parsed(const text::Document& doc, const std::vector<nlp::Sentence>& sentences,
                                              const ActorLookup& actors) const {
  std::vector<Triple> out;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const nlp::Sentence& s = sentences[si];
    if (s.words.empty()) continue;
    std::set<std::tuple<std::string, std::string, std::string, bool>> seen;
    std::vector<int> all(s.words.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
    const Span sentence_span = words_span(s, all);
    for (const Clause& c : clauses(s)) {
      const std::vector<ClauseTriple> cts = binarize(s, c);
      std::vector<Argument> objects(cts.size());
      for (std::size_t k = 0; k < cts.size(); ++k)
        if (cts[k].object.head >= 0) objects[k] = make_argument(s, si, cts[k].object, actors);
      const std::vector<bool> keep = select_triples(s, c, cts, objects);
      for (std::size_t k = 0; k < cts.size(); ++k) {
        if (!keep[k]) continue;
        const ClauseTriple& ct = cts[k];
        Triple t;
        t.subject = make_argument(s, si, ct.subject, actors);
        if (options_.actors_only && (t.subject.kind != "actor" || ct.object.head < 0)) continue;
        t.doc = doc.id;
        t.sentence = static_cast<std::uint32_t>(si);
        t.sentence_span = sentence_span;
        t.sentence_text = s.text;
        if (ct.object.head >= 0) t.object = objects[k];
        // "X is head of X", "Pence took him with Pence": an actor related to
        // itself is a misparse or a misresolved pronoun.
        if (t.subject.kind == "actor" && t.object.kind == "actor" && t.subject.id == t.object.id) continue;
        t.relation.text = ct.text;
        t.relation.lemma = ct.lemma;
        t.relation.span = words_span(s, ct.relation_words);
        t.negated = ct.negated;
        t.modality = c.modality;
        t.attribution = words_text(s, c.attribution);
        EventClass ev = events_.classify(ct.lemma);
        t.event_class = ev.name;
        t.quad_class = ev.quad;
        t.confidence = ct.confidence;
        for (Triple& x : for_each_member(std::move(t), actors)) {
          auto key = std::make_tuple(x.subject.id.empty() ? x.subject.text : x.subject.id, x.relation.lemma,
                                     x.object.id.empty() ? x.object.text : x.object.id, x.negated);
          if (!seen.insert(key).second) continue;
          out.push_back(std::move(x));
        }
      }
    }
  }
  return out;
}

}  // namespace kg::extract
