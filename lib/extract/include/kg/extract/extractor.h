// The extraction stage as one object: parsed sentences in, triples out, with
// clauses, relation normalisation, event classes and actor resolution tied
// together. `kg extract`, `kg openie` and `kg build` use it.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kg/extract/actor_lookup.h"
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
  std::vector<Triple> extract_parsed(const text::Document& doc, const std::vector<nlp::Sentence>& sentences) const;
  // Same, with actors resolved by `actors` (coreference) instead of the
  // sentence-local NER fallback.
  std::vector<Triple> extract_parsed(const text::Document& doc, const std::vector<nlp::Sentence>& sentences,
                                     const ActorLookup& actors) const;

  std::vector<Clause> clauses(const nlp::Sentence& s) const { return extract_clauses(s, clause_options_); }
  const EventLexicon& lexicon() const { return events_; }

 private:
  ExtractorOptions options_;
  EventLexicon events_;
  std::shared_ptr<NominalLexicon> nominals_;
  ClauseOptions clause_options_;
};

}  // namespace kg::extract
