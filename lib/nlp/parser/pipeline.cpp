#include "kg/nlp/pipeline.h"

#include <algorithm>
#include <cstdlib>

#include "kg/base/error.h"
#include "kg/base/warning.h"
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

void Pipeline::set_parser_beam(int width, double temperature) { m_->parser = m_->parser.with_beam(width, temperature); }

const Tagger& Pipeline::tagger() const { return m_->tagger; }
const Lemmatizer& Pipeline::lemmatizer() const { return m_->lemmatizer; }
const Parser& Pipeline::parser() const { return m_->parser; }
const EntityRecognizer& Pipeline::entities() const { return m_->ner; }

void Pipeline::annotate_syntax(Sentence& s) const {
  if (s.words.empty()) return;
  m_->tagger.tag(s);
  m_->lemmatizer.lemmatize(s);
  m_->parser.parse(s);
}

void Pipeline::annotate(Sentence& s) const {
  if (s.words.empty()) return;
  annotate_syntax(s);
  m_->ner.tag(s);
}

namespace {

// Where a sentence longer than kMaxSentenceWords is cut: after the last
// clause punctuation (; : , dash) in the second half of the window, else at
// the window's end; never inside a multiword token ("do" + "n't").
std::uint32_t cut_point(const std::vector<text::Token>& tokens, std::uint32_t first, std::uint32_t last) {
  const std::uint32_t window = static_cast<std::uint32_t>(kMaxSentenceWords);
  if (last - first <= window) return last;
  std::uint32_t end = first + window;
  for (std::uint32_t i = end; i > first + window / 2; --i) {
    const std::string& f = tokens[i - 1].form;
    if ((f == ";" || f == ":" || f == "," || f == "-" || f == "--") && !tokens[i].joined) return i;
  }
  while (end > first + 1 && tokens[end].joined) --end;
  return end;
}

// The unannotated sentence of tokens [first, last) of a document: forms,
// byte offsets, multiword tokens, spacing and the CoNLL-U comments.
Sentence sentence_of(const text::Document& doc, const text::TokenizedDocument& td, std::uint32_t first,
                     std::uint32_t last, std::size_t index) {
  Sentence s;
  s.id = text::one_line(doc.id.empty() ? std::string("s") : doc.id) + "-" + std::to_string(index + 1);
  const std::uint32_t start = td.tokens[first].start, end = td.tokens[last - 1].end;
  if (end <= doc.text.size() && start <= end) s.text = doc.text.substr(start, end - start);
  s.text = text::one_line(s.text);
  if (index == 0) s.comments.push_back("newdoc id = " + text::one_line(doc.id));
  s.comments.push_back("sent_id = " + s.id);
  s.comments.push_back("text = " + s.text);
  s.words.reserve(last - first);
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
      const text::Token& e = td.tokens[j - 1];
      MultiwordToken m;
      m.first = static_cast<int>(s.words.size()) + 1;
      m.last = m.first + static_cast<int>(j - i) - 1;
      if (e.end <= doc.text.size() && t.start <= e.end) m.form = doc.text.substr(t.start, e.end - t.start);
      m.misc = "TokenRange=" + std::to_string(t.start) + ":" + std::to_string(e.end);
      if (!e.space_after) m.misc += "|SpaceAfter=No";
      s.mwts.push_back(std::move(m));
    }
    const bool in_group = t.joined || (i + 1 < last && td.tokens[i + 1].joined);
    w.misc = "TokenRange=" + std::to_string(t.start) + ":" + std::to_string(t.end);
    if (!t.space_after && !in_group) w.misc += "|SpaceAfter=No";
    s.words.push_back(std::move(w));
  }
  return s;
}

}  // namespace

std::vector<Sentence> Pipeline::annotate(const text::Document& doc, const text::TokenizedDocument& td) const {
  std::vector<Sentence> out;
  out.reserve(td.sentences.size());
  const std::uint32_t token_total = static_cast<std::uint32_t>(td.tokens.size());
  if (td.sentences.empty()) {
    const bool blank = doc.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos;
    warn((doc.source.empty() ? doc.id : doc.source) + ": document '" + doc.id + "' " +
         (blank ? "is empty" : "has no words outside boilerplate lines (--keep-boilerplate keeps them)") +
         "; no sentences");
  }
  for (const text::Sentence& ts : td.sentences) {
    const std::uint32_t first = std::min(ts.first_token, token_total);
    const std::uint32_t last = first + std::min(ts.token_count, token_total - first);
    std::size_t pieces = 0;
    for (std::uint32_t a = first; a < last; ++pieces) {
      const std::uint32_t b = cut_point(td.tokens, a, last);
      out.push_back(sentence_of(doc, td, a, b, out.size()));
      annotate_syntax(out.back());
      a = b;
    }
    // Cut, not dropped: the words are all parsed, in pieces, and the user hears of it.
    if (pieces > 1)
      warn(at_byte(doc.source.empty() ? doc.id : doc.source, td.tokens[first].start,
                   "sentence of " + std::to_string(last - first) + " words in document '" + doc.id +
                       "' is longer than the parser's limit of " + std::to_string(kMaxSentenceWords) +
                       " words; parsed in " + std::to_string(pieces) + " pieces"));
  }
  // Entities last, over the whole document: names are typed consistently.
  m_->ner.tag_document(out);
  return out;
}

}  // namespace kg::nlp
