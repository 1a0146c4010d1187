#!/usr/bin/env bash
## kg export on hostile graphs and options: one clean error, output untouched.
source "$(dirname "$0")/lib/hostile.sh"
require_command export
require_command build
make_graphs
"$KG" -q export "$T/good.kg.json" -f ttl -o "$T/out/g.ttl" || fail "exporting the fixture"
"$KG" -q export "$T/good.kg.json" -f graphml -o "$T/out/g.graphml" || fail "exporting the fixture"
protect "$T/good.kg.json" "$T/out/g.ttl" "$T/out/g.graphml"
for f in ttl graphml; do
  o=$T/out/g.$f
  expect_fail "truncated graph -> $f" "truncated.kg.json" -- "$KG" -q export "$T/truncated.kg.json" -f $f -o "$o"
  expect_fail "newer graph version -> $f" "newer.kg.json" -- "$KG" -q export "$T/newer.kg.json" -f $f -o "$o"
  expect_fail "corrupt graph -> $f" "corrupt.kg.json" -- "$KG" -q export "$T/corrupt.kg.json" -f $f -o "$o"
done
expect_fail "deeply nested graph" "deep.kg.json" -- "$KG" -q export "$T/deep.kg.json" -f ttl -o "$T/out/g.ttl"
expect_fail "binary graph" "binary.txt" -- "$KG" -q export "$T/in/binary.txt" -f ttl -o "$T/out/g.ttl"
expect_fail "invalid UTF-8 graph" "bad_utf8.txt" -- "$KG" -q export "$T/in/bad_utf8.txt" -f ttl -o "$T/out/g.ttl"
expect_fail "empty graph file" "empty.txt" -- "$KG" -q export "$T/in/empty.txt" -f ttl -o "$T/out/g.ttl"
expect_fail "missing graph" -- "$KG" -q export "$T/nonexistent.kg.json" -f ttl -o "$T/out/g.ttl"
expect_fail "directory graph" -- "$KG" -q export "$T/dir" -f ttl -o "$T/out/g.ttl"
expect_fail "unknown format" -- "$KG" -q export "$T/good.kg.json" -f nosuch -o "$T/out/g.ttl"
expect_fail "output is a directory" -- "$KG" -q export "$T/good.kg.json" -f ttl -o "$T/dir"
expect_fail "disk full" "/dev/full" -- "$KG" -q export "$T/good.kg.json" -f ttl -o /dev/full
expect_fail "disk full (graphml)" "/dev/full" -- "$KG" -q export "$T/good.kg.json" -f graphml -o /dev/full
expect_fail "bad base IRI" -- "$KG" -q export "$T/good.kg.json" -f ttl -o "$T/out/g.ttl" --base 'not an iri <>'
done_checks
