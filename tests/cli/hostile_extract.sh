#!/usr/bin/env bash
## kg extract on hostile articles, CoNLL-U, lexicons and models: one clean
## error each, exit 1, and an existing output file left as it was.
source "$(dirname "$0")/lib/hostile.sh"
require_command extract
make_corrupt_models
printf 'previous output\n' > "$T/out/triples.jsonl"
protect "$T/out/triples.jsonl"
O=(-o "$T/out/triples.jsonl")
printf '1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tcat\n\n' > "$T/in/short.conllu"
printf '1\tThe\tthe\tDET\tDT\t_\t99999999999999999999\tdet\t_\t_\n\n' > "$T/in/hugehead.conllu"
printf '1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tB\tb\tNOUN\tNN\t_\t1\troot\t_\t_\n\n' > "$T/in/cycle.conllu"
printf 'meet\n' > "$T/in/bad_lexicon.tsv"

expect_fail "invalid UTF-8" "bad_utf8.txt" -- "$KG" -q extract "$T/in/bad_utf8.txt" "${O[@]}"
expect_fail "binary" "binary.txt" -- "$KG" -q extract "$T/in/binary.txt" "${O[@]}"
expect_fail "missing path" "nonexistent.txt" -- "$KG" -q extract "$T/in/nonexistent.txt" "${O[@]}"
expect_fail "directory without documents" -- "$KG" -q extract "$T/dir" "${O[@]}"
expect_fail "broken JSONL" "bad.jsonl" -- "$KG" -q extract "$T/in/bad.jsonl" "${O[@]}"
expect_fail "deeply nested JSONL" "deep_docs.jsonl" -- "$KG" -q extract "$T/in/deep_docs.jsonl" "${O[@]}"
expect_fail "duplicate ids" -- "$KG" -q extract "$T/in/dup.jsonl" "${O[@]}"
expect_fail "corrupt models" ".kgm" -- "$KG" -q extract "$T/in/good.txt" --models "$T/models" "${O[@]}"
expect_fail "models dir missing" -- "$KG" -q extract "$T/in/good.txt" --models "$T/nomodels" "${O[@]}"
expect_fail "conllu: short line" "short.conllu" -- "$KG" -q extract --conllu "$T/in/short.conllu" "${O[@]}"
expect_fail "conllu: huge head" "hugehead.conllu" -- "$KG" -q extract --conllu "$T/in/hugehead.conllu" "${O[@]}"
expect_fail "conllu: binary" -- "$KG" -q extract --conllu "$T/in/binary.txt" "${O[@]}"
expect_fail "conllu: invalid UTF-8" -- "$KG" -q extract --conllu "$T/in/bad_utf8.txt" "${O[@]}"
expect_fail "bad lexicon" "bad_lexicon.tsv" -- "$KG" -q extract --conllu tests/data/parser_tiny.conllu --lexicon "$T/in/bad_lexicon.tsv" "${O[@]}"
expect_fail "missing alias file" -- "$KG" -q extract --conllu tests/data/parser_tiny.conllu --aliases "$T/in/nonexistent.tsv" "${O[@]}"
expect_fail "unknown format" -- "$KG" -q extract --conllu tests/data/parser_tiny.conllu --format xml "${O[@]}"
expect_fail "output is a directory" -- "$KG" -q extract --conllu tests/data/parser_tiny.conllu -o "$T/dir"
expect_fail "output directory missing" -- "$KG" -q extract --conllu tests/data/parser_tiny.conllu -o "$T/nodir/t.jsonl"
expect_fail "disk full" "/dev/full" -- "$KG" -q extract --conllu tests/data/parser_tiny.conllu -o /dev/full
done_checks
