// The entity recogniser's model contents and file payload.
#pragma once
#include <string>
#include <vector>

#include "case_lexicon.h"
#include "gazetteer.h"
#include "kg/base/model_file.h"
#include "kg/nlp/perceptron.h"

namespace kg::nlp::ner_detail {

struct NerModel {
  std::vector<std::string> types;  // entity types the perceptron predicts
  Gazetteer gazetteer;
  CaseLexicon case_lexicon;
  PerceptronModel weights;         // first pass: 1 + 4 * types.size() classes
  PerceptronModel doc_weights;     // second pass with document atoms; no classes: one pass only
  bool context = false;            // context aggregation features (ner_context.h)
};

// Payload: format 1 (no marker): types, gazetteer, weights. Format 2: the
// marker, then types, gazetteer, case lexicon, u8 passes (1 or 2), weights
// [, doc_weights]. Format 3: as format 2 with a u8 of feature flags after the
// passes (bit 0: context aggregation). A format 1 model has an empty case
// lexicon; formats 1 and 2 have no context features.
inline constexpr std::uint32_t kNerFormat2Marker = 0x4E455202u;
inline constexpr std::uint32_t kNerFormat3Marker = 0x4E455203u;

void write_ner_model(ModelWriter& out, const NerModel& m);

}  // namespace kg::nlp::ner_detail
