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

namespace kg::extract {

struct ExtractorOptions {
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
  // Loads the lexicons. Throws kg::Error naming the file and line of a bad entry.
  explicit Extractor(const ExtractorOptions& options = {});

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

  std::vector<Clause> clauses(const nlp::Sentence& s) const { return extract_clauses(s, clause_options_); }
  const EventLexicon& lexicon() const { return events_; }

 private:
  ExtractorOptions options_;
  EventLexicon events_;
  Canonicalizer canon_;
  std::shared_ptr<NominalLexicon> nominals_;
  ClauseOptions clause_options_;
};

}  // namespace kg::extract
