#include "input_options.h"

#include <map>
#include <memory>

namespace kg::cli {

void add_input_options(CLI::App* cmd, InputOptions& o) {
  cmd->add_option("inputs", o.inputs,
                  "Text files, directories (read recursively: *.txt, *.jsonl), '-' for standard input, "
                  "or JSONL files (*.jsonl: one {\"id\",\"text\",\"title\",\"date\",\"url\"} object per line)")
      ->required()
      ->type_name("INPUT");
  cmd->add_flag("--lossy", o.lossy, "Replace invalid UTF-8 with U+FFFD instead of failing");
  cmd->add_flag("--keep-boilerplate", o.keep_boilerplate,
                "Keep scraped-news boilerplate lines (ads, captions, credits, tweet embeds, bylines) in the text");
  cmd->add_flag("--jsonl", o.jsonl, "Read every input as JSONL, whatever its extension");
}

void add_models_option(CLI::App* cmd, std::string& models_dir) {
  cmd->add_option("--models", models_dir, "Directory with the models (default: $KG_MODELS, else models/)")
      ->type_name("DIR");
}

const text::SentenceSplitter& splitter_for(const std::string& models_dir) {
  if (models_dir.empty()) return text::SentenceSplitter::default_splitter();
  static std::map<std::string, std::unique_ptr<text::SentenceSplitter>> loaded;
  auto& slot = loaded[models_dir];
  if (!slot)
    slot = std::make_unique<text::SentenceSplitter>(
        text::SentenceSplitter::load(std::filesystem::path(models_dir) / "splitter.kgm"));
  return *slot;
}

}  // namespace kg::cli
