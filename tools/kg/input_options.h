// Command-line options shared by every command that reads documents
// (sentences, tokenize, extract, build, parse...).
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "kg/text/reader.h"
#include "kg/text/splitter.h"
#include "kg/text/tokenizer.h"

namespace kg::cli {

struct InputOptions {
  std::vector<std::string> inputs;
  bool lossy = false;
  bool keep_boilerplate = false;
  bool jsonl = false;

  text::ReadOptions read_options() const { return {lossy, jsonl}; }
  // Reads every input (throws kg::Error on bad input).
  std::vector<text::Document> read() const { return text::read_documents(inputs, read_options()); }
};

// Adds the INPUT... positional (files, directories, "-", JSONL) and the
// --lossy, --keep-boilerplate and --jsonl flags.
void add_input_options(CLI::App* cmd, InputOptions& options);

// Adds --models DIR (where splitter.kgm and the other models live; default:
// $KG_MODELS, else the source tree's models/).
void add_models_option(CLI::App* cmd, std::string& models_dir);

// The sentence splitter in `models_dir` (loaded once), or the default one when empty.
const text::SentenceSplitter& splitter_for(const std::string& models_dir);

}  // namespace kg::cli
