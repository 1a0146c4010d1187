// The extraction stage as one object: parsed sentences in, triples out, with
// clauses, relation normalisation, event classes and actor resolution tied
// together. `kg extract`, `kg openie` and `kg build` use it.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kg/extract/actor_lookup.h"
#include "kg/extract/canonical.h"
#include "kg/extract/clauses.h"
#include "kg/extract/event_lexicon.h"
#include "kg/extract/nominal_lexicon.h"
#include "kg/extract/triple.h"
#include "kg/nlp/conllu.h"
#include "kg/text/document.h"
#include "kg/text/tokenizer.h"

namespace kg::nlp {
class Pipeline;
}

namespace kg::extract {

struct ExtractorOptions {
  std::filesystem::path models_dir;               // NLP models (tagger, lemmatizer, parser); empty = no pipeline
  int parser_beam = 1;                            // the parser's beam width (1 = greedy)
  text::TokenizeOptions tokenize{.join_name_hyphens = true};  // how documents are split and tokenized
  std::filesystem::path data_dir;                 // holds lexicon/events.tsv, lexicon/nominal_events.tsv; empty = default
  std::vector<std::filesystem::path> lexicons;    // user event lexicons, added over the default
  std::filesystem::path aliases;                  // user alias file (canonical actors), optional
  bool actors_only = true;                        // keep only triples whose subject is an actor
  bool coreference = true;                        // resolve actors across the document (else sentence NER only)
  ClauseOptions clauses;
};

// $KG_DATA if set, else the source tree's data/ directory.
std::filesystem::path default_data_dir();

class Extractor {
 public:
  // Loads the lexicons, the gazetteer and aliases, and the NLP pipeline when
  // options.models_dir is set. Throws kg::Error naming the file (and line) of
  // a bad entry or model.
  explicit Extractor(const ExtractorOptions& options = {});
  ~Extractor();
  Extractor(Extractor&&) noexcept;

  // Tokenizes, parses and extracts one document (needs the pipeline).
  std::vector<Triple> extract(const text::Document& doc) const;
  // A batch: every document, then one canonical name per actor across all.
  std::vector<Triple> extract(const std::vector<text::Document>& docs);
  // The parsed sentences of a document (what extract() works on).
  std::vector<nlp::Sentence> parse(const text::Document& doc) const;
  const nlp::Pipeline& pipeline() const;  // throws kg::Error when no models were loaded

  // Triples of one document from its parsed sentences (sentence index =
  // position in the vector; word offsets index into doc.text when known).
  // Actors come from coreference over the document (or the sentence's own
  // NER mentions when options.coreference is off); ids are document-level
  // canonical names until canonicalise() runs over a batch.
  std::vector<Triple> extract_parsed(const text::Document& doc, const std::vector<nlp::Sentence>& sentences) const;
  // Same, with actors resolved by `actors` (coreference) instead of the
  // sentence-local NER fallback.
  std::vector<Triple> extract_parsed(const text::Document& doc, const std::vector<nlp::Sentence>& sentences,
                                     const ActorLookup& actors) const;

  // One canonical name per actor across all the triples given (spelling,
  // word-order and title variants merged; user aliases win).
  void canonicalise(std::vector<Triple>& triples);

  std::vector<Clause> clauses(const nlp::Sentence& s) const;
  const EventLexicon& lexicon() const { return events_; }

 private:
  ExtractorOptions options_;
  EventLexicon events_;
  Canonicalizer canon_;
  std::shared_ptr<NominalLexicon> nominals_;
  ClauseOptions clause_options_;
  std::unique_ptr<nlp::Pipeline> pipeline_;
};

}  // namespace kg::extract
