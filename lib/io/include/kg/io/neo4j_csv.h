// CSV files in the layout `neo4j-admin database import` reads: nodes.csv
// (id:ID, name, :LABEL, ...) and relationships.csv (:START_ID, :END_ID,
// :TYPE, ...). Fields are quoted with '"' (doubled inside), arrays use ';',
// newlines in text become spaces, so the import needs no extra flags.
#pragma once
#include <filesystem>
#include <string>
#include <utility>

#include "kg/graph/model.h"

namespace kg::io {

struct Neo4jCsv {
  std::string nodes, relationships;
};

Neo4jCsv to_neo4j_csv(const graph::BoostGraph& g);

// Where `-o OUT` puts the two files: an existing directory or a path ending
// in '/' gets OUT/nodes.csv and OUT/relationships.csv; anything else is a
// prefix: OUT.nodes.csv and OUT.relationships.csv.
std::pair<std::filesystem::path, std::filesystem::path> neo4j_csv_paths(const std::filesystem::path& out);

// The relationship type for a relation: upper case, words joined by '_',
// "NOT_" in front when negated ("avoid shake hand with" -> AVOID_SHAKE_HAND_WITH).
std::string neo4j_type(const graph::RelationEdge& r);

}  // namespace kg::io
