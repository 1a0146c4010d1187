// The view options `kg render` and `kg export` share (see kg/io/view.h).
#pragma once
#include <CLI/CLI.hpp>

#include "kg/io/view.h"

namespace kg::cli {

inline void add_view_options(CLI::App* cmd, io::ViewOptions& v) {
  cmd->add_option("--focus", v.focus, "Only the network around this actor (repeatable; names match forgivingly)");
  cmd->add_option("--depth", v.depth, "Hops around --focus (default 1)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--min-count", v.min_count, "Only relations with at least N sentences of evidence")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--types", v.types, "Only these vertex types, e.g. PERSON,GPE (THING for things)")->delimiter(',');
  cmd->add_option("--relations", v.relations,
                  "Only these relations: lemma, head verb, event class or quad class, e.g. meet,'material conflict'")
      ->delimiter(',');
  cmd->add_option("--max-nodes", v.max_nodes, "Keep the N most central vertices (weighted degree)")
      ->check(CLI::NonNegativeNumber);  // "-1" would otherwise wrap to a huge size_t
  cmd->add_flag("--actors-only", v.actors_only, "Leave out things (vertices that are not actors)");
}

}  // namespace kg::cli
