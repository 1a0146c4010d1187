#!/usr/bin/env bash
## kg render on hostile graphs and options: one clean error, picture untouched.
source "$(dirname "$0")/lib/hostile.sh"
require_command render
require_command build
make_graphs
"$KG" -q render "$T/good.kg.json" -o "$T/out/g.svg" || fail "rendering the fixture"
"$KG" -q render "$T/good.kg.json" -o "$T/out/g.dot" || fail "rendering the fixture"
protect "$T/good.kg.json" "$T/out/g.svg" "$T/out/g.dot"
for o in "$T/out/g.svg" "$T/out/g.dot"; do
  expect_fail "truncated graph -> $(basename "$o")" "truncated.kg.json" -- "$KG" -q render "$T/truncated.kg.json" -o "$o"
  expect_fail "newer graph version -> $(basename "$o")" "newer.kg.json" -- "$KG" -q render "$T/newer.kg.json" -o "$o"
done
expect_fail "corrupt graph" "corrupt.kg.json" -- "$KG" -q render "$T/corrupt.kg.json" -o "$T/out/g.svg"
expect_fail "deeply nested graph" "deep.kg.json" -- "$KG" -q render "$T/deep.kg.json" -o "$T/out/g.svg"
expect_fail "binary graph" "binary.txt" -- "$KG" -q render "$T/in/binary.txt" -o "$T/out/g.svg"
expect_fail "invalid UTF-8 graph" "bad_utf8.txt" -- "$KG" -q render "$T/in/bad_utf8.txt" -o "$T/out/g.svg"
expect_fail "empty graph file" "empty.txt" -- "$KG" -q render "$T/in/empty.txt" -o "$T/out/g.svg"
expect_fail "missing graph" -- "$KG" -q render "$T/nonexistent.kg.json" -o "$T/out/g.svg"
expect_fail "directory graph" -- "$KG" -q render "$T/dir" -o "$T/out/g.svg"
expect_fail "unknown format" -- "$KG" -q render "$T/good.kg.json" -o "$T/out/g.svg" --format bmp
expect_fail "unknown extension" -- "$KG" -q render "$T/good.kg.json" -o "$T/out/g.bmp"
expect_fail "unknown layout" -- "$KG" -q render "$T/good.kg.json" -o "$T/out/g.svg" --layout nosuch
expect_fail "output is a directory" -- "$KG" -q render "$T/good.kg.json" -o "$T/dir"
expect_fail "disk full" "/dev/full" -- "$KG" -q render "$T/good.kg.json" -o /dev/full --format svg
expect_fail "negative --max-nodes" -- "$KG" -q render "$T/good.kg.json" -o "$T/out/g.svg" --max-nodes -1
expect_fail "negative --depth" -- "$KG" -q render "$T/good.kg.json" -o "$T/out/g.svg" --focus x --depth -1
done_checks
