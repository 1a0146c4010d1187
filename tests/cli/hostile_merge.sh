#!/usr/bin/env bash
## kg merge on hostile graph files: one clean error, output untouched.
source "$(dirname "$0")/lib/hostile.sh"
require_command merge
make_graphs
cp "$T/good.kg.json" "$T/out/merged.kg.json"
protect "$T/good.kg.json" "$T/out/merged.kg.json"
O=(-o "$T/out/merged.kg.json")
expect_fail "truncated graph" "truncated.kg.json" -- "$KG" -q merge "$T/good.kg.json" "$T/truncated.kg.json" "${O[@]}"
expect_fail "newer version" "newer.kg.json" -- "$KG" -q merge "$T/good.kg.json" "$T/newer.kg.json" "${O[@]}"
expect_fail "corrupt graph" "corrupt.kg.json" -- "$KG" -q merge "$T/corrupt.kg.json" "$T/good.kg.json" "${O[@]}"
expect_fail "array graph" "array.kg.json" -- "$KG" -q merge "$T/array.kg.json" "${O[@]}"
expect_fail "deeply nested" "deep.kg.json" -- "$KG" -q merge "$T/deep.kg.json" "${O[@]}"
expect_fail "invalid UTF-8" "bad_utf8.txt" -- "$KG" -q merge "$T/in/bad_utf8.txt" "${O[@]}"
expect_fail "binary file" "binary.txt" -- "$KG" -q merge "$T/in/binary.txt" "${O[@]}"
expect_fail "empty file" "empty.txt" -- "$KG" -q merge "$T/in/empty.txt" "${O[@]}"
expect_fail "missing file" -- "$KG" -q merge "$T/nonexistent.kg.json" "${O[@]}"
expect_fail "directory" -- "$KG" -q merge "$T/dir" "${O[@]}"
expect_fail "output directory missing" -- "$KG" -q merge "$T/good.kg.json" -o "$T/nodir/m.kg.json"
expect_fail "disk full" "/dev/full" -- "$KG" -q merge "$T/good.kg.json" -o /dev/full
done_checks
