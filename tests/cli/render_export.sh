#!/usr/bin/env bash
## Show that kg render draws a graph file (and views of it) in every format,
## that kg export writes every format and each one reads back, and that bad
## input gives a clear error and exit status 1.
set -uo pipefail
KG=$1
DATA=tests/data/io/triples.jsonl
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# has_node FILE NAME: the DOT file defines a node NAME (not just mentions it in a tooltip)
has_node() { grep -qE "^[[:space:]]*\"?$2\"?[[:space:]]+\[" "$1"; }

"$KG" -q build --triples "$DATA" -o "$T/g.kg.json" || fail "kg build"

# RUN: kg render in every format
for ext in svg png pdf dot; do
  "$KG" -q render "$T/g.kg.json" -o "$T/g.$ext" || fail "render .$ext"
  [ -s "$T/g.$ext" ] || fail "empty .$ext"
done
grep -q '<svg' "$T/g.svg" || fail "no <svg>"
# CHECK: names, relation labels and tooltips with the evidence sentence
grep -q '&quot;Back\\slash&quot; Group' "$T/g.svg" || fail "escaped name"
grep -q '>meet (2)<' "$T/g.svg" || fail "relation label with count"
grep -q 'Kim later met Moon again.' "$T/g.svg" || fail "evidence in tooltip"
head -c 4 "$T/g.png" | grep -q PNG || fail "png magic"
head -c 5 "$T/g.pdf" | grep -q '%PDF-' || fail "pdf magic"
grep -q 'digraph kg' "$T/g.dot" || fail "dot output"
for layout in dot neato fdp sfdp circo; do
  "$KG" -q render "$T/g.kg.json" -o "$T/l.svg" --layout $layout || fail "layout $layout"
done

# RUN: views. The ego network of Moon (forgiving name) at depth 1 has Moon and Kim.
"$KG" -q render "$T/g.kg.json" -o "$T/focus.dot" --focus "moon jae in" --depth 1 || fail "focus"
has_node "$T/focus.dot" "Kim Jong Un" || fail "focus keeps the neighbour"
has_node "$T/focus.dot" Seoul && fail "focus keeps a vertex two hops away"
"$KG" -q render "$T/g.kg.json" -o "$T/min.dot" --min-count 2 || fail "min-count"
[ "$(grep -c -- '->' "$T/min.dot")" = 1 ] || fail "min-count 2 keeps only 'meet'"
"$KG" -q render "$T/g.kg.json" -o "$T/types.dot" --types PERSON || fail "types"
has_node "$T/types.dot" "Kim Jong Un" || fail "types PERSON drops a person"
has_node "$T/types.dot" Seoul && fail "types PERSON keeps a GPE"
"$KG" -q render "$T/g.kg.json" -o "$T/rel.dot" --relations 'material conflict' || fail "relations"
[ "$(grep -c -- '->' "$T/rel.dot")" = 1 ] || fail "relations keeps one edge"
"$KG" -q render "$T/g.kg.json" -o "$T/max.dot" --max-nodes 2 || fail "max-nodes"
has_node "$T/max.dot" "Kim Jong Un" || fail "max-nodes keeps the most central"
has_node "$T/max.dot" "Zoë Ångström" && fail "max-nodes keeps a leaf"

# CHECK: errors name the problem and exit 1
out=$("$KG" render "$T/g.kg.json" -o "$T/x.svg" --focus "Nobody Atall" 2>&1) && fail "unknown focus accepted"
echo "$out" | grep -q "no actor matches 'Nobody Atall'" || fail "focus error: $out"
out=$("$KG" render "$T/g.kg.json" -o "$T/x.jpeg" 2>&1) && fail "jpeg accepted"
echo "$out" | grep -q "x.jpeg: cannot tell the image format" || fail "format error: $out"
out=$("$KG" render "$T/g.kg.json" -o "$T/x.svg" --layout spring 2>&1) && fail "bad layout accepted"
echo "$out" | grep -q "unknown layout 'spring'" || fail "layout error: $out"
echo '{"format":"kg-graph","version":1,' > "$T/bad.kg.json"
out=$("$KG" render "$T/bad.kg.json" -o "$T/x.svg" 2>&1) && fail "bad graph accepted"
echo "$out" | grep -q "bad.kg.json" || fail "bad graph error: $out"
[ -e "$T/x.svg" ] && fail "output written despite the error"

# RUN: kg export, every format, read back
"$KG" -q export "$T/g.kg.json" -o "$T/g.nt" || fail "export nt"
"$KG" -q export "$T/g.kg.json" -o "$T/g.ttl" || fail "export ttl"
"$KG" -q export "$T/g.kg.json" --format nq -o "$T/g.nq" || fail "export nq"
"$KG" -q export "$T/g.kg.json" -o "$T/g.graphml" || fail "export graphml"
"$KG" -q export "$T/g.kg.json" --format csv -o "$T/csv/" || fail "export csv dir"
"$KG" -q export "$T/g.kg.json" --format csv -o "$T/pre" || fail "export csv prefix"
"$KG" -q export "$T/g.kg.json" -o "$T/copy.json" || fail "export json"
[ -s "$T/csv/nodes.csv" ] && [ -s "$T/csv/relationships.csv" ] || fail "csv dir files"
[ -s "$T/pre.nodes.csv" ] && [ -s "$T/pre.relationships.csv" ] || fail "csv prefix files"
head -1 "$T/csv/relationships.csv" | grep -q '^:START_ID,:END_ID,:TYPE' || fail "csv header"
[ "$(wc -l < "$T/csv/nodes.csv")" = 9 ] || fail "8 nodes + header"
[ "$(wc -l < "$T/csv/relationships.csv")" = 8 ] || fail "7 relationships + header"
cmp -s "$T/g.kg.json" "$T/copy.json" || fail "json export differs from the graph file"
grep -q '<graphml' "$T/g.graphml" || fail "graphml"
if command -v serdi >/dev/null; then
  nt=$(serdi -i ntriples -o ntriples "$T/g.nt" | wc -l) || fail "serdi nt"
  ttl=$(serdi -i turtle -o ntriples "$T/g.ttl" | wc -l) || fail "serdi ttl"
  nq=$(serdi -i nquads -o nquads "$T/g.nq" | wc -l) || fail "serdi nq"
  [ "$nt" -gt 50 ] && [ "$nt" = "$ttl" ] || fail "triple counts nt=$nt ttl=$ttl"
  # 6 asserted edges with 7 evidence: nq has 7 quads for 6 plain triples
  [ "$nq" = $((nt - 6 + 7)) ] || fail "quad count nq=$nq nt=$nt"
fi
# A view exported as JSON is a graph file kg reads again.
"$KG" -q export "$T/g.kg.json" --focus Seoul -o "$T/seoul.kg.json" || fail "export view"
"$KG" -q render "$T/seoul.kg.json" -o "$T/seoul.dot" || fail "render the exported view"
has_node "$T/seoul.dot" "Kim Jong Un" || fail "view export drops a neighbour"
has_node "$T/seoul.dot" "Zoë Ångström" && fail "view export keeps a vertex two hops away"
out=$("$KG" export "$T/g.kg.json" -o "$T/g.xyz" 2>&1) && fail "unknown extension accepted"
echo "$out" | grep -q "cannot tell the format" || fail "export format error: $out"
out=$("$KG" export "$T/g.kg.json" -o "$T/g.ttl" --base 'not an iri' 2>&1) && fail "bad base accepted"
echo "$out" | grep -q "base IRI 'not an iri'" || fail "base error: $out"

# An empty graph renders and exports.
: > "$T/empty.jsonl"
"$KG" -q build --triples "$T/empty.jsonl" -o "$T/empty.kg.json" || fail "empty build"
"$KG" -q render "$T/empty.kg.json" -o "$T/empty.svg" || fail "empty render"
"$KG" -q export "$T/empty.kg.json" -o "$T/empty.ttl" || fail "empty export"
echo "ok"
