// kg sentences: one sentence per line with its document and byte span.
#include <sstream>

#include "command.h"
#include "input_options.h"
#include "kg/base/atomic_file.h"
#include "kg/base/progress.h"
#include "kg/text/sentence_output.h"

namespace {

struct Options {
  kg::cli::InputOptions input;
  std::string output = "-";
  std::string models;
};

void run(const Options& o) {
  const kg::text::SentenceSplitter& splitter = kg::cli::splitter_for(o.models);
  std::vector<kg::text::Document> docs = o.input.read();
  std::uint64_t total = 0;
  for (const auto& d : docs) total += d.text.size();
  kg::Progress progress("sentences", total, kg::cli::globals().quiet);
  kg::AtomicFile out(o.output);
  kg::text::TokenizeOptions to;
  to.keep_boilerplate = o.input.keep_boilerplate;
  to.splitter = &splitter;
  for (const auto& d : docs) {
    kg::text::write_sentences_tsv(out.stream(), d, kg::text::tokenize(d, to));
    progress.advance(d.text.size());
  }
  progress.finish();
  out.commit();
}

void register_sentences(CLI::App& app) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("sentences", "Split documents into sentences, one per line with its byte span");
  cmd->footer(
      "Output: one line per sentence, tab-separated: doc id, start, end, text. start/end are byte offsets into "
      "the document as read; line breaks and tabs inside the text are shown as spaces.");
  kg::cli::add_input_options(cmd, opts->input);
  cmd->add_option("-o,--output", opts->output, "Output file ('-' = standard output)")->type_name("FILE");
  kg::cli::add_models_option(cmd, opts->models);
  cmd->callback([opts] { run(*opts); });
}

}  // namespace

KG_REGISTER_COMMAND(register_sentences);
