// kg openie: every clause of every sentence as Open IE tuples in CaRB's tab format.
#include <sstream>
#include <string>
#include <vector>

#include "command.h"
#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/extract/extractor.h"
#include "kg/extract/openie.h"
#include "kg/nlp/conllu.h"
#include "kg/nlp/pipeline.h"
#include "nlp_paths.h"

namespace {

struct OpenIeOptions {
  std::string input;
  std::string output = "-";
  std::string models;
  bool conllu = false;
  int beam = 1;
};

// CaRB and other Open IE sets come tokenized, with PTB escapes for brackets
// and quotes; the models saw the plain characters.
std::string unescape_ptb(const std::string& t) {
  if (t == "-LRB-") return "(";
  if (t == "-RRB-") return ")";
  if (t == "-LSB-") return "[";
  if (t == "-RSB-") return "]";
  if (t == "-LCB-") return "{";
  if (t == "-RCB-") return "}";
  if (t == "``" || t == "''") return "\"";
  if (t == "`") return "'";
  return t;
}

// A line as a sentence of space-separated tokens. Words keep the line's own
// token (escapes included) as their form after parsing, so the tuples quote
// the input as given.
kg::nlp::Sentence sentence_of_line(const std::string& line, const std::string& source, std::size_t line_no,
                                   const kg::nlp::Pipeline& pipeline) {
  std::vector<std::string> tokens;
  std::istringstream in(line);
  for (std::string t; in >> t;) tokens.push_back(t);
  kg::nlp::Sentence s;
  s.text = line;
  s.id = source + ":" + std::to_string(line_no);
  std::uint32_t offset = 0;
  for (const std::string& t : tokens) {
    kg::nlp::Word w;
    w.form = unescape_ptb(t);
    // Offsets in the line with one space between tokens: never touching, so
    // the tuples print the tokens space-separated as CaRB has them.
    w.start = offset;
    w.end = offset + static_cast<std::uint32_t>(t.size());
    offset = w.end + 1;
    s.words.push_back(std::move(w));
  }
  pipeline.annotate(s);
  for (std::size_t i = 0; i < tokens.size(); ++i) s.words[i].form = tokens[i];
  return s;
}

void run_openie(const OpenIeOptions& o) {
  kg::extract::ExtractorOptions eo;
  if (!o.conllu) eo.models_dir = kg::cli::nlp_models_dir(o.models);
  eo.parser_beam = o.beam;
  kg::extract::Extractor ex(eo);
  kg::AtomicFile out(o.output);
  auto emit = [&](const kg::nlp::Sentence& s) {
    for (const auto& t : kg::extract::openie_tuples(s, ex.clauses(s))) kg::extract::write_carb_line(out.stream(), s.text, t);
  };
  const std::string data = kg::read_file(o.input);
  if (o.conllu) {
    for (const auto& s : kg::nlp::parse_conllu(data, o.input)) emit(s);
  } else {
    std::size_t line_no = 0, pos = 0;
    while (pos < data.size()) {
      std::size_t nl = data.find('\n', pos);
      std::string line = data.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
      pos = nl == std::string::npos ? data.size() : nl + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find('\t') != std::string::npos)
        throw kg::Error(kg::at_line(o.input, line_no, "a tab inside a sentence (expected one sentence per line)"));
      if (line.find_first_not_of(' ') == std::string::npos) continue;
      emit(sentence_of_line(line, o.input, line_no, ex.pipeline()));
    }
  }
  out.commit();
}

void register_openie(CLI::App& app) {
  auto o = std::make_shared<OpenIeOptions>();
  CLI::App* cmd = app.add_subcommand("openie", "Open IE tuples in CaRB tab format, one sentence per input line");
  cmd->add_option("FILE", o->input, "Tokenized sentences, one per line ('-' for stdin)")->required();
  cmd->add_option("-o,--output", o->output, "Output file (default: stdout)");
  cmd->add_option("--models", o->models, "Models directory (default: $KG_MODELS, else models/)");
  cmd->add_flag("--conllu", o->conllu, "FILE is parsed CoNLL-U (e.g. a treebank) instead of sentences");
  kg::cli::add_beam_option(cmd, o->beam);
  cmd->callback([o] { run_openie(*o); });
}

}  // namespace

KG_REGISTER_COMMAND(register_openie);
