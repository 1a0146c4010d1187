#!/usr/bin/env bash
## kg add on hostile inputs: the graph being updated is never damaged.
source "$(dirname "$0")/lib/hostile.sh"
require_command add
make_graphs
cp "$T/good.kg.json" "$T/out/graph.kg.json"
cp "$T/good.kg.json" "$T/out/other.kg.json"
protect "$T/out/graph.kg.json" "$T/out/other.kg.json"
G=$T/out/graph.kg.json
printf '{"doc":"d","subject":{"text":"a"},"relation":{"text":"r"},"object":{"text":"b"}}\n{"doc":\n' > "$T/in/truncated.jsonl"

expect_fail "truncated triples" "line 2" -- "$KG" -q add "$G" --triples "$T/in/truncated.jsonl"
expect_fail "invalid UTF-8 triples" -- "$KG" -q add "$G" --triples "$T/in/bad_utf8.txt"
expect_fail "binary triples" -- "$KG" -q add "$G" --triples "$T/in/binary.txt"
expect_fail "missing triples" -- "$KG" -q add "$G" --triples "$T/in/nonexistent.jsonl"
expect_fail "directory as triples" -- "$KG" -q add "$G" --triples "$T/dir"
expect_fail "articles: invalid UTF-8" -- "$KG" -q add "$G" "$T/in/bad_utf8.txt"
expect_fail "articles: binary" -- "$KG" -q add "$G" "$T/in/binary.txt"
expect_fail "truncated graph" "truncated.kg.json" -- "$KG" -q add "$T/truncated.kg.json" --triples tests/data/graph_triples.jsonl -o "$T/out/other.kg.json"
expect_fail "newer graph version" "newer.kg.json" -- "$KG" -q add "$T/newer.kg.json" --triples tests/data/graph_triples.jsonl -o "$T/out/other.kg.json"
expect_fail "corrupt graph" "corrupt.kg.json" -- "$KG" -q add "$T/corrupt.kg.json" --triples tests/data/graph_triples.jsonl -o "$T/out/other.kg.json"
expect_fail "graph is an array" "array.kg.json" -- "$KG" -q add "$T/array.kg.json" --triples tests/data/graph_triples.jsonl -o "$T/out/other.kg.json"
expect_fail "deeply nested graph" "deep.kg.json" -- "$KG" -q add "$T/deep.kg.json" --triples tests/data/graph_triples.jsonl -o "$T/out/other.kg.json"
expect_fail "empty graph file" -- "$KG" -q add "$T/in/empty.txt" --triples tests/data/graph_triples.jsonl -o "$T/out/other.kg.json"
expect_fail "graph is a directory" -- "$KG" -q add "$T/dir" --triples tests/data/graph_triples.jsonl -o "$T/out/other.kg.json"
expect_fail "missing graph" -- "$KG" -q add "$T/nonexistent.kg.json" --triples tests/data/graph_triples.jsonl -o "$T/out/other.kg.json"
expect_fail "disk full" "/dev/full" -- "$KG" -q add "$G" --triples tests/data/graph_triples.jsonl -o /dev/full
done_checks
