// kg tokenize: tokens with their byte spans, as TSV or CoNLL-U.
#include <sstream>

#include "command.h"
#include "input_options.h"
#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/base/progress.h"
#include "kg/nlp/conllu.h"
#include "kg/text/sentence_output.h"

namespace {

struct Options {
  kg::cli::InputOptions input;
  std::string output = "-";
  std::string format = "tsv";
  std::string models;
};

// CoNLL-U: FORM is the token as written (so it matches # text), the
// normalised form goes to MISC as Norm= when it differs.
void write_conllu(std::ostream& out, const kg::text::Document& d, const kg::text::TokenizedDocument& t) {
  const std::string_view text = d.text;
  for (std::size_t k = 0; k < t.sentences.size(); ++k) {
    const kg::text::Sentence& s = t.sentences[k];
    kg::nlp::Sentence ns;
    ns.id = kg::text::one_line(d.id) + "-" + std::to_string(k + 1);
    ns.text = kg::text::one_line(text.substr(s.start, s.end - s.start));
    if (k == 0) ns.comments.push_back("newdoc id = " + kg::text::one_line(d.id));
    ns.comments.push_back("sent_id = " + ns.id);
    ns.comments.push_back("text = " + ns.text);
    const std::uint32_t end = s.first_token + s.token_count;
    for (std::uint32_t i = s.first_token; i < end; ++i) {
      const kg::text::Token& tok = t.tokens[i];
      std::uint32_t last = i;
      while (last + 1 < end && t.tokens[last + 1].joined) ++last;
      const bool multiword = last > i;
      auto range = [](std::uint32_t a, std::uint32_t b) {
        return "TokenRange=" + std::to_string(a) + ":" + std::to_string(b);
      };
      const std::string space = t.tokens[last].space_after ? "" : "|SpaceAfter=No";
      if (multiword) {
        kg::nlp::MultiwordToken m;
        m.first = static_cast<int>(ns.words.size()) + 1;
        m.last = m.first + static_cast<int>(last - i);
        m.form = std::string(text.substr(tok.start, t.tokens[last].end - tok.start));
        m.misc = range(tok.start, t.tokens[last].end) + space;
        ns.mwts.push_back(std::move(m));
      }
      for (std::uint32_t w = i; w <= last; ++w) {
        const kg::text::Token& wt = t.tokens[w];
        kg::nlp::Word word;
        word.form = std::string(text.substr(wt.start, wt.end - wt.start));
        word.start = wt.start;
        word.end = wt.end;
        word.misc = range(wt.start, wt.end);
        if (!multiword) word.misc += space;
        if (wt.form != word.form) word.misc += "|Norm=" + wt.form;
        ns.words.push_back(std::move(word));
      }
      i = last;
    }
    kg::nlp::write_conllu(out, ns);
  }
}

void run(const Options& o) {
  if (o.format != "tsv" && o.format != "conllu")
    throw kg::Error("tokenize: --format must be tsv or conllu, not '" + o.format + "'");
  const kg::text::SentenceSplitter& splitter = kg::cli::splitter_for(o.models);
  std::vector<kg::text::Document> docs = o.input.read();
  std::uint64_t total = 0;
  for (const auto& d : docs) total += d.text.size();
  kg::Progress progress("tokenize", total, kg::cli::globals().quiet);
  kg::AtomicFile out(o.output);
  kg::text::TokenizeOptions to;
  to.keep_boilerplate = o.input.keep_boilerplate;
  to.splitter = &splitter;
  for (const auto& d : docs) {
    const kg::text::TokenizedDocument t = kg::text::tokenize(d, to);
    if (o.format == "tsv") kg::text::write_tokens_tsv(out.stream(), d, t);
    else write_conllu(out.stream(), d, t);
    progress.advance(d.text.size());
  }
  progress.finish();
  out.commit();
}

void register_tokenize(CLI::App& app) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("tokenize", "Tokenize documents (UD English conventions), with byte spans");
  cmd->footer(
      "tsv: one line per word: doc id, sentence number, start, end, text as written, normalised form, and "
      "'joined' when the word continues a multiword token (\"n't\" of \"don't\"), else '-'.\n"
      "conllu: # newdoc id, # sent_id, # text; FORM as written; MISC has TokenRange=start:end, SpaceAfter=No "
      "and Norm=FORM when the normalised form differs.");
  kg::cli::add_input_options(cmd, opts->input);
  cmd->add_option("--format", opts->format, "tsv or conllu")->capture_default_str();
  cmd->add_option("-o,--output", opts->output, "Output file ('-' = standard output)")->type_name("FILE");
  kg::cli::add_models_option(cmd, opts->models);
  cmd->callback([opts] { run(*opts); });
}

}  // namespace

KG_REGISTER_COMMAND(register_tokenize);
