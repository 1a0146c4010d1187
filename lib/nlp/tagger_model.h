// The tagger's in-memory model and its file payload, shared by Tagger and the trainer.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "kg/base/model_file.h"
#include "kg/nlp/perceptron.h"
#include "tagger_features.h"

namespace kg::nlp::tagger_detail {

struct TagName {
  std::string upos, xpos;
};

struct LexiconItem {
  std::uint64_t key;  // exact_key(form) or lower_key(lowercase form)
  LexEntry entry;
};


struct TaggerModel {
  std::vector<TagName> tags;
  std::vector<LexiconItem> lexicon;
  std::vector<std::string> vocabulary;  // most frequent forms, precomputed at load
  PerceptronModel weights;
};

void write_tagger_model(ModelWriter& out, const TaggerModel& m);

}  // namespace kg::nlp::tagger_detail
