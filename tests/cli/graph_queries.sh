#!/usr/bin/env bash
## Show that kg stats/top/neighbors/path/evidence answer from a graph file in
## table, TSV and JSON form, find names forgivingly, and fail cleanly.
set -uo pipefail
KG=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
G=$T/g.kg.json
"$KG" -q build --triples tests/data/graph_triples.jsonl -o "$G" || fail build

# RUN: stats
"$KG" stats "$G" --format tsv > "$T/stats" || fail stats
grep -qx $'vertices\t14' "$T/stats" || fail "stats vertices: $(cat "$T/stats")"
grep -qx $'edges\t14' "$T/stats" || fail "stats edges"
grep -qx $'documents\t5' "$T/stats" || fail "stats documents"
grep -qx $'components\t2' "$T/stats" || fail "stats components"

# RUN: top by degree, with a limit; table output is aligned.
"$KG" top "$G" --by degree --limit 2 > "$T/top" || fail top
[ "$(cat "$T/top")" = "rank  id           type    degree
----  -----------  ------  ------
   1  Anna Berg    PERSON       5
   2  Kim Jong Un  PERSON       4" ] || fail "top table: $(cat "$T/top")"
"$KG" top "$G" --by pagerank --format json > "$T/pr" || fail pagerank
grep -q '^\[{"rank":1,"id":"Anna Berg","type":"PERSON","pagerank":0\.' "$T/pr" || fail "pagerank json: $(head -c 200 "$T/pr")"
"$KG" top "$G" --by betweenness --format tsv | sed -n 2p | grep -q $'^1\tNorvia\tGPE\t' || fail "betweenness"

# RUN: neighbors, found through an alias spelled differently.
"$KG" neighbors "$G" "kim jong-un" --format tsv > "$T/nb" || fail neighbors
[ "$(wc -l < "$T/nb")" -eq 6 ] || fail "neighbors rows: $(cat "$T/nb")"
grep -q $'^1\tBaltic Council\tORG\tKim Jong Un\t\\[<- warn\\]$' "$T/nb" || fail "neighbors content: $(cat "$T/nb")"
"$KG" neighbors "$G" "Kim Jong Un" --depth 2 --format tsv | grep -q $'^2\tNorvia\t' || fail "depth 2"

# RUN: path (either direction) and evidence (both directions, with sentences).
"$KG" path "$G" "Ola Nilsen" "Kim Jong-un" --format tsv > "$T/path" || fail path
[ "$(wc -l < "$T/path")" -eq 5 ] || fail "path length: $(cat "$T/path")"
sed -n 2p "$T/path" | grep -q $'^1\tOla Nilsen\tpraise\tAnna Berg\t1$' || fail "path first hop: $(cat "$T/path")"
"$KG" evidence "$G" "Anna Berg" Holm --format tsv > "$T/ev" || fail evidence
grep -q $'^Jonas Holm\tmeet\tAnna Berg\tnews-b\t0\t0.9\tJonas Holm met Anna Berg again in Bergen.$' "$T/ev" || fail "evidence: $(cat "$T/ev")"
[ "$(wc -l < "$T/ev")" -eq 3 ] || fail "evidence rows"

# RUN: errors
expect_error() {
  local want=$1; shift
  "$@" > "$T/out" 2> "$T/err"
  local rc=$?
  [ $rc -eq 1 ] || fail "exit status $rc for: $*"
  grep -qF -- "$want" "$T/err" || fail "expected '$want', got: $(cat "$T/err")"
}
expect_error "no actor or thing named 'Nobody Atall'" "$KG" neighbors "$G" "Nobody Atall"
expect_error "are not connected" "$KG" path "$G" "Anna Berg" "Lena Dahl"
expect_error "--format" "$KG" stats "$G" --format xml
expect_error "--by" "$KG" top "$G" --by fame
echo PASS
