#include "kg/nlp/pipeline.h"

#include <algorithm>
#include <cstdlib>

#include "kg/base/error.h"
#include "kg/text/sentence_output.h"
#include "kg/nlp/lemmatizer.h"
#include "kg/nlp/ner.h"
#include "kg/nlp/parser.h"
#include "kg/nlp/tagger.h"

namespace kg::nlp {

struct Pipeline::Models {
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
  EntityRecognizer ner;
};

std::filesystem::path default_models_dir() {
  if (const char* env = std::getenv("KG_MODELS"); env && *env) return env;
  return std::filesystem::path(KG_SOURCE_DIR) / "models";
}

namespace {

const std::filesystem::path& model_file(const std::filesystem::path& p) {
  if (!std::filesystem::is_regular_file(p))
    throw Error(p.string() + ": model file not found (train it, or point --models DIR or KG_MODELS at a models directory)");
  return p;
}

}  // namespace

PipelineFiles PipelineFiles::in(const std::filesystem::path& dir) {
  return PipelineFiles{dir / "tagger.kgm", dir / "lemmatizer.kgm", dir / "parser.kgm", dir / "ner.kgm"};
}

Pipeline Pipeline::load(const std::filesystem::path& dir) {
  if (!std::filesystem::is_directory(dir))
    throw Error(dir.string() + ": models directory not found (use --models DIR or set KG_MODELS)");
  return load(PipelineFiles::in(dir));
}

Pipeline Pipeline::load(const PipelineFiles& f) {
  auto m = std::unique_ptr<Models>(new Models{Tagger::load(model_file(f.tagger)), Lemmatizer::load(model_file(f.lemmatizer)),
                                              Parser::load(model_file(f.parser)), EntityRecognizer::load(model_file(f.ner))});
  return Pipeline(std::move(m));
}

Pipeline::Pipeline(std::unique_ptr<Models> m) : m_(std::move(m)) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

const Tagger& Pipeline::tagger() const { return m_->tagger; }
const Lemmatizer& Pipeline::lemmatizer() const { return m_->lemmatizer; }
const Parser& Pipeline::parser() const { return m_->parser; }
const EntityRecognizer& Pipeline::entities() const { return m_->ner; }

void Pipeline::annotate(Sentence& s) const {
  if (s.words.empty()) return;
  m_->tagger.tag(s);
  m_->lemmatizer.lemmatize(s);
  m_->parser.parse(s);
  m_->ner.tag(s);
}

std::vector<Sentence> Pipeline::annotate(const text::Document& doc, const text::TokenizedDocument& td) const {
  std::vector<Sentence> out;
  out.reserve(td.sentences.size());
  for (std::size_t k = 0; k < td.sentences.size(); ++k) {
    const text::Sentence& ts = td.sentences[k];
    Sentence s;
    s.id = text::one_line(doc.id.empty() ? std::string("s") : doc.id) + "-" + std::to_string(k + 1);
    if (ts.end <= doc.text.size() && ts.start <= ts.end) s.text = doc.text.substr(ts.start, ts.end - ts.start);
    s.text = text::one_line(s.text);
    if (k == 0) s.comments.push_back("newdoc id = " + text::one_line(doc.id));
    s.comments.push_back("sent_id = " + s.id);
    s.comments.push_back("text = " + s.text);
    s.words.reserve(ts.token_count);
    const std::uint32_t first = ts.first_token;
    const std::uint32_t last = std::min<std::uint32_t>(first + ts.token_count, static_cast<std::uint32_t>(td.tokens.size()));
    for (std::uint32_t i = first; i < last; ++i) {
      const text::Token& t = td.tokens[i];
      Word w;
      w.form = t.form;
      w.start = t.start;
      w.end = t.end;
      // Words joined in one written token ("do" + "n't") form a multiword
      // token, which carries the spacing.
      std::uint32_t j = i + 1;
      while (j < last && td.tokens[j].joined) ++j;
      if (j > i + 1 && !t.joined) {
        const text::Token& end = td.tokens[j - 1];
        MultiwordToken m;
        m.first = static_cast<int>(s.words.size()) + 1;
        m.last = m.first + static_cast<int>(j - i) - 1;
        if (end.end <= doc.text.size() && t.start <= end.end) m.form = doc.text.substr(t.start, end.end - t.start);
        m.misc = "TokenRange=" + std::to_string(t.start) + ":" + std::to_string(end.end);
        if (!end.space_after) m.misc += "|SpaceAfter=No";
        s.mwts.push_back(std::move(m));
      }
      const bool in_group = t.joined || (i + 1 < last && td.tokens[i + 1].joined);
      w.misc = "TokenRange=" + std::to_string(t.start) + ":" + std::to_string(t.end);
      if (!t.space_after && !in_group) w.misc += "|SpaceAfter=No";
      s.words.push_back(std::move(w));
    }
    annotate(s);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace kg::nlp
