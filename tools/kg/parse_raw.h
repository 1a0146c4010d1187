// End-to-end parsing of a gold treebank's raw text, for kg eval-parse --raw.
#pragma once
#include <string>
#include <vector>

#include "kg/nlp/conllu.h"
#include "kg/nlp/pipeline.h"
#include "kg/text/splitter.h"

namespace kg::cli {

// Rebuilds the documents of a treebank from its "# text" lines (a new
// document at "# newdoc", a blank line at "# newpar", else one space between
// sentences), then tokenizes, splits and annotates them as `kg parse` does.
std::vector<nlp::Sentence> parse_gold_text(const nlp::Pipeline& pipeline, const text::SentenceSplitter& splitter,
                                           const std::vector<nlp::Sentence>& gold, const std::string& source);

}  // namespace kg::cli
