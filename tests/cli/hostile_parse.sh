#!/usr/bin/env bash
## kg parse on hostile articles and model files: one clean error each, exit 1,
## and an existing output file left as it was.
source "$(dirname "$0")/lib/hostile.sh"
require_command parse
make_corrupt_models
printf '# previous output\n' > "$T/out/parsed.conllu"
protect "$T/out/parsed.conllu"
O=(-o "$T/out/parsed.conllu")
expect_fail "invalid UTF-8" "bad_utf8.txt" -- "$KG" -q parse "$T/in/bad_utf8.txt" "${O[@]}"
expect_fail "binary" "binary.txt" -- "$KG" -q parse "$T/in/binary.txt" "${O[@]}"
expect_fail "missing path" "nonexistent.txt" -- "$KG" -q parse "$T/in/nonexistent.txt" "${O[@]}"
expect_fail "directory without documents" -- "$KG" -q parse "$T/dir" "${O[@]}"
expect_fail "broken JSONL" "bad.jsonl" -- "$KG" -q parse "$T/in/bad.jsonl" "${O[@]}"
expect_fail "deeply nested JSONL" "deep_docs.jsonl" -- "$KG" -q parse "$T/in/deep_docs.jsonl" "${O[@]}"
expect_fail "duplicate ids" -- "$KG" -q parse "$T/in/dup.jsonl" "${O[@]}"
expect_fail "corrupt models" ".kgm" -- "$KG" -q parse "$T/in/good.txt" --models "$T/models" "${O[@]}"
expect_fail "models dir missing" -- "$KG" -q parse "$T/in/good.txt" --models "$T/nomodels" "${O[@]}"
expect_fail "models dir is a file" -- "$KG" -q parse "$T/in/good.txt" --models "$T/in/good.txt" "${O[@]}"
expect_fail "output is a directory" -- "$KG" -q parse "$T/in/good.txt" -o "$T/dir"
expect_fail "output directory missing" -- "$KG" -q parse "$T/in/good.txt" -o "$T/nodir/p.conllu"
expect_fail "disk full" "/dev/full" -- "$KG" -q parse "$T/in/good.txt" -o /dev/full
done_checks
