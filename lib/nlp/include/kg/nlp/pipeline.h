// The NLP pipeline: tagger → lemmatizer → parser → entity recogniser over the
// sentences and tokens of the text layer.
#pragma once
#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

#include "kg/nlp/conllu.h"
#include "kg/text/document.h"

namespace kg::nlp {

// Longest sentence the parser is given, in words. A longer text sentence (a
// list, a table, text without punctuation) is cut into pieces of at most this
// many words, preferably after ; : , or a dash, each parsed as a sentence of
// its own, with a warning naming the document and byte offset: parsing stays
// linear in the input and no word is dropped. docs/limits.md.
inline constexpr std::size_t kMaxSentenceWords = 250;

class Tagger;
class Lemmatizer;
class Parser;
class EntityRecognizer;

// $KG_MODELS when set, else the models/ directory of the source tree.
std::filesystem::path default_models_dir();

// The model file of each stage.
struct PipelineFiles {
  std::filesystem::path tagger, lemmatizer, parser, ner;
  static PipelineFiles in(const std::filesystem::path& models_dir);
};

class Pipeline {
 public:
  // Loads tagger.kgm, lemmatizer.kgm, parser.kgm and ner.kgm from the directory.
  // Throws kg::Error naming the missing or bad model file.
  static Pipeline load(const std::filesystem::path& models_dir);
  static Pipeline load(const PipelineFiles& files);
  ~Pipeline();
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;

  // One annotated sentence per text sentence, in order (a sentence longer
  // than kMaxSentenceWords gives several, see above). Words carry the byte
  // offsets of their tokens in doc.text; SpaceAfter=No is set in MISC;
  // comments hold "sent_id = DOC-N" and "text = …".
  std::vector<Sentence> annotate(const text::Document& doc, const text::TokenizedDocument& tokens) const;
  // Tags, lemmatizes, parses and finds entities in a sentence whose words
  // have their forms.
  void annotate(Sentence& sentence) const;

  // Parse with a beam of this width instead of greedily (see Parser::with_beam).
  void set_parser_beam(int width, double temperature = 0);

  const Tagger& tagger() const;
  const Lemmatizer& lemmatizer() const;
  const Parser& parser() const;
  const EntityRecognizer& entities() const;

 private:
  struct Models;
  explicit Pipeline(std::unique_ptr<Models> m);
  // Tags, lemmatizes and parses (no entities).
  void annotate_syntax(Sentence& sentence) const;
  std::unique_ptr<Models> m_;
};

}  // namespace kg::nlp
