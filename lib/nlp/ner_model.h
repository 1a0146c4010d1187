// The entity recogniser's model contents and file payload.
#pragma once
#include <string>
#include <vector>

#include "gazetteer.h"
#include "kg/base/model_file.h"
#include "kg/nlp/perceptron.h"

namespace kg::nlp::ner_detail {

struct NerModel {
  std::vector<std::string> types;  // entity types the perceptron predicts
  Gazetteer gazetteer;
  PerceptronModel weights;         // 1 + 4 * types.size() classes
};

void write_ner_model(ModelWriter& out, const NerModel& m);

}  // namespace kg::nlp::ner_detail
