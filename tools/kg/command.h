// Every `kg <verb>` lives in its own cmd_<verb>.cpp and registers itself here,
// so main.cpp never changes when a command is added.
#pragma once
#include <CLI/CLI.hpp>
#include <vector>

namespace kg::cli {

// Options every command understands.
struct GlobalOptions {
  bool quiet = false;  // no progress bar
};
GlobalOptions& globals();

using RegisterFn = void (*)(CLI::App& app);
std::vector<RegisterFn>& command_registry();

// Finds or creates a command that only groups subcommands ("train", "bench"),
// so that several cmd_*.cpp files can add to it in any order.
CLI::App* command_group(CLI::App& app, const std::string& name, const std::string& description);

struct CommandRegistration {
  explicit CommandRegistration(RegisterFn fn) { command_registry().push_back(fn); }
};

}  // namespace kg::cli

// In a cmd_<verb>.cpp: `KG_REGISTER_COMMAND(register_verb);` where
// `void register_verb(CLI::App& app)` adds the subcommand and its callback.
// Callbacks report bad input by throwing kg::Error.
#define KG_REGISTER_COMMAND(fn) static const ::kg::cli::CommandRegistration kg_registration_##fn(fn)
