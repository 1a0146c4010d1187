#include "parse_raw.h"

#include "kg/base/error.h"
#include "kg/text/tokenizer.h"

namespace kg::cli {

std::vector<nlp::Sentence> parse_gold_text(const nlp::Pipeline& pipeline, const text::SentenceSplitter& splitter,
                                           const std::vector<nlp::Sentence>& gold, const std::string& source) {
  std::vector<text::Document> docs;
  for (const nlp::Sentence& s : gold) {
    bool newdoc = docs.empty(), newpar = false;
    for (const std::string& c : s.comments) {
      if (c.rfind("newdoc", 0) == 0) newdoc = true;
      if (c.rfind("newpar", 0) == 0) newpar = true;
    }
    if (s.text.empty()) throw Error(at_line(source, s.line, "sentence has no '# text' line (needed by --raw)"));
    if (newdoc) {
      text::Document d;
      d.id = "doc" + std::to_string(docs.size() + 1);
      d.source = source;
      docs.push_back(std::move(d));
    } else {
      docs.back().text += newpar ? "\n\n" : " ";
    }
    docs.back().text += s.text;
  }
  text::TokenizeOptions topt;
  topt.keep_boilerplate = true;  // treebank text is all content
  topt.splitter = &splitter;
  std::vector<nlp::Sentence> out;
  for (const text::Document& d : docs) {
    auto part = pipeline.annotate(d, text::tokenize(d, topt));
    for (auto& s : part) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace kg::cli
