// kg prune-parser: drops a parser model's small weights to make it smaller and faster.
#include <iostream>

#include "command.h"
#include "kg/base/atomic_file.h"
#include "kg/nlp/parser.h"

namespace {

void register_prune_parser(CLI::App& app) {
  struct Opts {
    std::string input, output;
    float min_weight = 0.1f;
  };
  auto o = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand("prune-parser", "Drop the small weights of a parser model (smaller, faster model)");
  cmd->add_option("model", o->input, "Parser model")->required()->check(CLI::ExistingFile);
  cmd->add_option("-o,--output", o->output, "Pruned model to write")->required();
  cmd->add_option("--min-weight", o->min_weight, "Keep weights of at least this magnitude")->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->callback([o]() {
    kg::nlp::Parser parser = kg::nlp::Parser::load(o->input);
    std::string bytes = parser.pruned_model(o->min_weight);
    kg::write_file_atomic(o->output, bytes);
    std::cerr << "wrote " << o->output << " (" << bytes.size() / 1024 << " KiB)" << std::endl;
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_prune_parser);
