#!/usr/bin/env bash
## Show that `kg query` prints aligned tables, TSV and JSON, and that a
## syntax error exits 1 with the query, a caret and what was expected.
set -euo pipefail
kg="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$kg" --quiet build --triples tests/data/query/news.triples.jsonl -o "$tmp/g.kg.json"
q="MATCH (a)-[r:threaten]->(b {name: 'north korea'}) RETURN a.name AS who, count(*) AS n ORDER BY n DESC, who"

# RUN: kg query g.kg.json "$q"
out=$("$kg" query "$tmp/g.kg.json" "$q")
expected='who            n
-------------  -
Donald Trump   2
United States  1'
[ "$out" = "$expected" ] || { echo "table output differs:"; echo "$out"; exit 1; }

# RUN: kg query --format tsv
out=$("$kg" query "$tmp/g.kg.json" "$q" --format tsv)
[ "$out" = "$(printf 'who\tn\nDonald Trump\t2\nUnited States\t1')" ] || { echo "tsv differs:"; echo "$out"; exit 1; }

# RUN: kg query --format json
out=$("$kg" query "$tmp/g.kg.json" "$q" --format json)
[ "$out" = '[{"who":"Donald Trump","n":2},{"who":"United States","n":1}]' ] || { echo "json differs: $out"; exit 1; }

# RUN: a syntax error
if "$kg" query "$tmp/g.kg.json" "MATCH (a)-[r]->(b RETURN a" 2>"$tmp/err"; then echo "no error"; exit 1; fi
expected='kg: error: query: line 1, column 19: expected '"':label', '{' or ')'"' but found '"'RETURN'"'
  MATCH (a)-[r]->(b RETURN a
                    ^'
[ "$(cat "$tmp/err")" = "$expected" ] || { echo "error text differs:"; cat "$tmp/err"; exit 1; }

# RUN: the row limit
if "$kg" query "$tmp/g.kg.json" "MATCH (a) RETURN a" --max-rows 3 2>"$tmp/err"; then echo "no error"; exit 1; fi
grep -q "more than 3 rows" "$tmp/err" || { cat "$tmp/err"; exit 1; }

# RUN: a missing graph file names the file
if "$kg" query "$tmp/missing.kg.json" "MATCH (a) RETURN a" 2>"$tmp/err"; then echo "no error"; exit 1; fi
grep -q "missing.kg.json" "$tmp/err" || { cat "$tmp/err"; exit 1; }
echo ok
