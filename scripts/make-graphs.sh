#!/usr/bin/env bash
# The main job: builds the knowledge graph of examples/articles into graphs/.
set -euo pipefail
cd "$(dirname "$0")/.."
KG=${KG:-build/kg}
mkdir -p graphs
"$KG" --quiet sentences examples/articles -o graphs/sentences.tsv
