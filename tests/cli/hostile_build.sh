#!/usr/bin/env bash
## kg build on hostile inputs: every failure is one clean error, exit 1, and
## the existing output graph is left byte-identical with no temporary file.
source "$(dirname "$0")/lib/hostile.sh"
require_command build
make_graphs
cp "$T/good.kg.json" "$T/out/graph.kg.json"
protect "$T/out/graph.kg.json"
O=(-o "$T/out/graph.kg.json")
printf '{"doc":"d","subject":{"text":"a"},"relation":{"text":"r"},"object":{"text":"b"}}\n{"doc":"d","subject":\n' > "$T/in/truncated.jsonl"
printf '{"doc":"d","sentence":99999999999999999999999,"subject":{"text":"a"},"relation":{"text":"r"},"object":{"text":"b"}}\n' > "$T/in/huge.jsonl"
printf '{"doc":"d","sentence":-1,"subject":{"text":"a"},"relation":{"text":"r"},"object":{"text":"b"}}\n' > "$T/in/negative.jsonl"
printf '{"doc":"d","confidence":1e999,"subject":{"text":"a"},"relation":{"text":"r"},"object":{"text":"b"}}\n' > "$T/in/inf.jsonl"
awk 'BEGIN { for (i = 0; i < 3000000; i++) printf "["; print "" }' > "$T/in/deep.jsonl"

expect_fail "triples: invalid UTF-8" -- "$KG" -q build --triples "$T/in/bad_utf8.txt" "${O[@]}"
expect_fail "triples: binary" -- "$KG" -q build --triples "$T/in/binary.txt" "${O[@]}"
expect_fail "triples: missing path" "nonexistent.jsonl" -- "$KG" -q build --triples "$T/in/nonexistent.jsonl" "${O[@]}"
expect_fail "triples: directory" -- "$KG" -q build --triples "$T/dir" "${O[@]}"
expect_fail "triples: truncated line" "line 2" -- "$KG" -q build --triples "$T/in/truncated.jsonl" "${O[@]}"
expect_fail "triples: huge sentence number" "line 1" -- "$KG" -q build --triples "$T/in/huge.jsonl" "${O[@]}"
expect_fail "triples: negative sentence number" "line 1" -- "$KG" -q build --triples "$T/in/negative.jsonl" "${O[@]}"
expect_fail "triples: infinite confidence" "line 1" -- "$KG" -q build --triples "$T/in/inf.jsonl" "${O[@]}"
expect_fail "triples: deeply nested JSON" "line 1" -- "$KG" -q build --triples "$T/in/deep.jsonl" "${O[@]}"
expect_fail "articles: invalid UTF-8" -- "$KG" -q build "$T/in/bad_utf8.txt" "${O[@]}"
expect_fail "articles: binary" -- "$KG" -q build "$T/in/binary.txt" "${O[@]}"
expect_fail "articles: missing path" -- "$KG" -q build "$T/in/nonexistent.txt" "${O[@]}"
expect_fail "articles: broken JSONL" -- "$KG" -q build "$T/in/bad.jsonl" "${O[@]}"
expect_fail "articles: duplicate ids" -- "$KG" -q build "$T/in/dup.jsonl" "${O[@]}"
expect_fail "output is a directory" -- "$KG" -q build --triples tests/data/graph_triples.jsonl -o "$T/dir"
expect_fail "output directory missing" -- "$KG" -q build --triples tests/data/graph_triples.jsonl -o "$T/nodir/g.kg.json"
expect_fail "disk full" "/dev/full" -- "$KG" -q build --triples tests/data/graph_triples.jsonl -o /dev/full
expect_fail "no output option" -- "$KG" -q build --triples tests/data/graph_triples.jsonl
done_checks
