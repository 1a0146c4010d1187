// Shared CLI helpers of the NLP commands: comma-separated file lists and the
// default models directory.
#pragma once
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace kg::cli {

// "a.conllu,b.conllu" -> {"a.conllu", "b.conllu"}; several flags are joined.
inline std::vector<std::filesystem::path> split_paths(const std::vector<std::string>& args) {
  std::vector<std::filesystem::path> out;
  for (const std::string& a : args) {
    std::size_t pos = 0;
    while (pos <= a.size()) {
      std::size_t comma = a.find(',', pos);
      if (comma == std::string::npos) comma = a.size();
      if (comma > pos) out.emplace_back(a.substr(pos, comma - pos));
      pos = comma + 1;
    }
  }
  return out;
}

inline std::string join_args(const std::vector<std::string>& args) {
  std::string s;
  for (const auto& a : args) s += (s.empty() ? "" : ",") + a;
  return s;
}

// --models DIR, else $KG_MODELS, else models/ in the source tree.
inline std::filesystem::path nlp_models_dir(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("KG_MODELS"); env && *env) return env;
  return std::filesystem::path(KG_SOURCE_DIR) / "models";
}

// --beam N of the commands that parse: the parser's beam width (1 = greedy).
inline void add_beam_option(CLI::App* cmd, int& beam) {
  cmd->add_option("--beam", beam,
                  "Parse with a beam of this width: more accurate, slower by about the width (1: greedy, the default)")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
}

}  // namespace kg::cli
