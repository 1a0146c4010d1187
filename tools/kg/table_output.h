// The --format option (table|tsv|json) and printing a graph::Table to
// standard output, shared by every command that prints rows.
#pragma once
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "kg/graph/table.h"

namespace kg::cli {

inline void add_format_option(CLI::App* cmd, std::string& format) {
  cmd->add_option("--format", format, "Output format: table (aligned, default), tsv or json")
      ->check(CLI::IsMember({"table", "tsv", "json"}));
}

inline void print_table(const graph::Table& t, const std::string& format) {
  graph::write_table(std::cout, t, graph::parse_format(format));
}

}  // namespace kg::cli
