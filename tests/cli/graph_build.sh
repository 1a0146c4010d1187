#!/usr/bin/env bash
## Show that kg build/add/merge write graph files that are deterministic,
## idempotent and equal whether built in one go or from shards, and that bad
## input gives one clean error line and exit status 1.
set -uo pipefail
KG=$1
DATA=tests/data/graph_triples.jsonl
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# RUN: build from a triples file, and again from stdin: same bytes.
"$KG" -q build --triples "$DATA" -o "$T/a.kg.json" || fail "build"
"$KG" -q build --triples - -o "$T/b.kg.json" < "$DATA" || fail "build from stdin"
cmp -s "$T/a.kg.json" "$T/b.kg.json" || fail "stdin build differs"
head -c 60 "$T/a.kg.json" | grep -q '^{"format":"kg-graph","version":1,' || fail "header"

# RUN: adding the same triples again changes nothing (same bytes).
"$KG" add "$T/a.kg.json" --triples "$DATA" 2> "$T/add.err" || fail "add"
grep -q "0 of 14 triples were new" "$T/add.err" || fail "add message: $(cat "$T/add.err")"
cmp -s "$T/a.kg.json" "$T/b.kg.json" || fail "add is not idempotent"

# RUN: incremental and shard builds on the triples fixture give the same bytes.
split -n l/3 -d "$DATA" "$T/shard."
for s in "$T"/shard.0*; do "$KG" -q build --triples "$s" -o "$s.kg.json" || fail "shard build"; done
"$KG" -q merge "$T"/shard.02.kg.json "$T"/shard.00.kg.json "$T"/shard.01.kg.json -o "$T/m.kg.json" || fail "merge"
cmp -s "$T/a.kg.json" "$T/m.kg.json" || fail "merged shards differ from the one-go build"
# Merging a graph with itself is a no-op.
"$KG" -q merge "$T/a.kg.json" "$T/a.kg.json" -o "$T/aa.kg.json" && cmp -s "$T/a.kg.json" "$T/aa.kg.json" || fail "idempotent merge"
# Incremental: build from one shard, add the rest.
cp "$T/shard.00.kg.json" "$T/inc.kg.json"
"$KG" -q add "$T/inc.kg.json" --triples "$T/shard.01" "$T/shard.02" || fail "add shards"
cmp -s "$T/a.kg.json" "$T/inc.kg.json" || fail "incremental build differs"

# RUN: the seed graph (examples/articles) in 3 shards equals the graph built
# in one go, byte for byte: the articles' triples (extracted once, so that
# every actor has one canonical name across the corpus) split by document
# into 3 shards, each built into a graph, merged in any order; and the same
# triples concatenated in another order and built in one go.
ARTICLES=(examples/articles/*.txt)
[ ${#ARTICLES[@]} -ge 3 ] || fail "examples/articles has fewer than 3 articles"
"$KG" -q build "${ARTICLES[@]}" -o "$T/seed.kg.json" || fail "seed build"
[ "$("$KG" -q stats "$T/seed.kg.json" --format tsv | awk -F'\t' '$1 == "edges" { print $2 }')" -gt 0 ] || fail "seed graph has no edges"
"$KG" -q extract "${ARTICLES[@]}" -o "$T/seed.jsonl" || fail "seed extract"
cut -d'"' -f4 "$T/seed.jsonl" | sort -u > "$T/seed.docs"
[ "$(wc -l < "$T/seed.docs")" -eq ${#ARTICLES[@]} ] || fail "expected triples from every article"
i=0
while IFS= read -r doc; do
  grep -F "{\"doc\":\"$doc\"," "$T/seed.jsonl" >> "$T/seed.$((i % 3)).jsonl"
  i=$((i + 1))
done < "$T/seed.docs"
for s in 0 1 2; do "$KG" -q build --triples "$T/seed.$s.jsonl" -o "$T/seed.$s.kg.json" || fail "seed shard $s build"; done
"$KG" -q merge "$T"/seed.2.kg.json "$T"/seed.0.kg.json "$T"/seed.1.kg.json -o "$T/seed.m.kg.json" || fail "seed merge"
cmp -s "$T/seed.kg.json" "$T/seed.m.kg.json" || fail "seed graph: merged shards differ from the one-go build"
"$KG" -q merge "$T"/seed.1.kg.json "$T/seed.m.kg.json" "$T"/seed.0.kg.json -o "$T/seed.m2.kg.json" || fail "seed merge again"
cmp -s "$T/seed.kg.json" "$T/seed.m2.kg.json" || fail "seed graph: merging shards twice changed the graph"
cat "$T"/seed.1.jsonl "$T"/seed.2.jsonl "$T"/seed.0.jsonl | "$KG" -q build --triples - -o "$T/seed.t.kg.json" || fail "seed build from triples"
cmp -s "$T/seed.kg.json" "$T/seed.t.kg.json" || fail "seed graph: built from the triples differs from the one-go build"

# RUN: errors.
expect_error() {  # expected-substring, command...
  local want=$1; shift
  "$@" > "$T/out" 2> "$T/err"
  local rc=$?
  [ $rc -eq 1 ] || fail "exit status $rc for: $*"
  [ "$(wc -l < "$T/err")" -eq 1 ] || fail "not one line of error for: $* -> $(cat "$T/err")"
  grep -qF -- "$want" "$T/err" || fail "expected '$want', got: $(cat "$T/err")"
}
printf '{"doc":"d","subject":{"text":"a"},"relation":{"text":"r"},"object":{"text":"b"}}\n{"doc":"d"}\n' > "$T/bad.jsonl"
expect_error "bad.jsonl: line 2: missing field 'subject'" "$KG" build --triples "$T/bad.jsonl" -o "$T/x.kg.json"
[ -e "$T/x.kg.json" ] && fail "a failed build left an output file"
expect_error "nothing.jsonl: cannot open" "$KG" build --triples "$T/nothing.jsonl" -o "$T/x.kg.json"
# Without --triples a .jsonl input is read as JSONL documents (id, text), not as triples.
expect_error "line 1: missing field 'id'" "$KG" build "$DATA" -o "$T/x.kg.json"
head -c 700 "$T/a.kg.json" > "$T/trunc.kg.json"
expect_error "trunc.kg.json: byte" "$KG" stats "$T/trunc.kg.json"
expect_error "unexpected end of file" "$KG" merge "$T/a.kg.json" "$T/trunc.kg.json" -o "$T/x.kg.json"
sed 's/"version":1/"version":2/' "$T/a.kg.json" > "$T/v2.kg.json"
expect_error "graph format version 2 is newer than this kg reads (version 1); upgrade kg" "$KG" stats "$T/v2.kg.json"
# A failed add leaves the graph untouched.
cp "$T/a.kg.json" "$T/keep.kg.json"
expect_error "line 2" "$KG" add "$T/keep.kg.json" --triples "$T/bad.jsonl"
cmp -s "$T/a.kg.json" "$T/keep.kg.json" || fail "failed add changed the graph"
echo PASS
