#!/usr/bin/env bash
# The main job: builds the knowledge graph of examples/articles into graphs/:
#   seed.kg.json  the whole graph (kg's graph file)
#   seed.svg      the whole graph drawn (Graphviz)
#   seed.ttl      the whole graph as RDF (Turtle, docs/rdf.md)
#   focus-<actor>.svg  the ego network (depth 1) of each of the main actors,
#                      chosen by centrality (degree), not by name
# and refreshes the tables of examples/queries.md, which query graphs/seed.kg.json
# (when the test binary is built; KG_TESTS=path/to/kg_tests).
# GRAPHS_DIR=DIR writes elsewhere (the currency test uses it; the examples are
# then left alone); KG=path/to/kg.
set -euo pipefail
cd "$(dirname "$0")/.."
KG=${KG:-build/kg}
OUT=${GRAPHS_DIR:-graphs}
KG_TESTS=${KG_TESTS:-build/tests/kg_tests}
FOCUS_VIEWS=${FOCUS_VIEWS:-4}
mkdir -p "$OUT"

"$KG" --quiet sentences examples/articles -o "$OUT/sentences.tsv"
"$KG" --quiet build examples/articles -o "$OUT/seed.kg.json"
"$KG" --quiet render "$OUT/seed.kg.json" -o "$OUT/seed.svg" --title "examples/articles: every actor and relation"
"$KG" --quiet export "$OUT/seed.kg.json" -o "$OUT/seed.ttl"

# The main actors: most central by degree, actors only (things have no type).
rm -f "$OUT"/focus-*.svg
"$KG" --quiet top "$OUT/seed.kg.json" --by degree --limit 1000 --format tsv |
  awk -F'\t' 'NR > 1 && $3 != "" { print $2 }' | head -n "$FOCUS_VIEWS" |
  while IFS= read -r actor; do
    slug=$(printf '%s' "$actor" | tr '[:upper:]' '[:lower:]' | sed -e 's/[^[:alnum:]]\{1,\}/-/g' -e 's/^-//' -e 's/-$//')
    "$KG" --quiet render "$OUT/seed.kg.json" -o "$OUT/focus-$slug.svg" --focus "$actor" --depth 1 \
      --title "$actor and the actors around them (examples/articles)"
  done

if [ -z "${GRAPHS_DIR:-}" ]; then
  if [ -x "$KG_TESTS" ]; then
    KG_REWRITE_EXAMPLES=1 "$KG_TESTS" -tc="examples/queries.md" > /dev/null
  else
    echo "make-graphs: $KG_TESTS not built: examples/queries.md not refreshed" >&2
  fi
fi
