#!/usr/bin/env bash
## kg train on hostile training data: one clean error each, exit 1, and the
## existing model file left byte-identical.
source "$(dirname "$0")/lib/hostile.sh"
require_command train tagger
printf 'previous model\n' > "$T/out/model.kgm"
protect "$T/out/model.kgm"
O=(-o "$T/out/model.kgm")
printf '1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tcat\n\n' > "$T/in/short.conllu"
printf '1\tThe\tthe\tDET\tDT\t_\t99999999999999999999\tdet\t_\t_\n\n' > "$T/in/hugehead.conllu"
printf '5\tThe\tthe\tDET\tDT\t_\t0\troot\t_\t_\n\n' > "$T/in/badid.conllu"
for cmd in tagger lemmatizer ner parser; do
  "$KG" train $cmd --help > /dev/null 2>&1 || continue
  opt=(--train)
  "$KG" train $cmd --help 2>&1 | grep -q -- '--train' || opt=()
  quick=()
  "$KG" train $cmd --help 2>&1 | grep -q -- '--epochs' && quick=(--epochs 1)
  expect_fail "$cmd: short line" "short.conllu" -- "$KG" -q train $cmd "${opt[@]}" "$T/in/short.conllu" "${O[@]}"
  expect_fail "$cmd: huge head" "hugehead.conllu" -- "$KG" -q train $cmd "${opt[@]}" "$T/in/hugehead.conllu" "${O[@]}"
  expect_fail "$cmd: bad word id" "badid.conllu" -- "$KG" -q train $cmd "${opt[@]}" "$T/in/badid.conllu" "${O[@]}"
  expect_fail "$cmd: invalid UTF-8" "bad_utf8.txt" -- "$KG" -q train $cmd "${opt[@]}" "$T/in/bad_utf8.txt" "${O[@]}"
  expect_fail "$cmd: binary" "binary.txt" -- "$KG" -q train $cmd "${opt[@]}" "$T/in/binary.txt" "${O[@]}"
  expect_fail "$cmd: empty" -- "$KG" -q train $cmd "${opt[@]}" "$T/in/empty.txt" "${O[@]}"
  expect_fail "$cmd: missing" -- "$KG" -q train $cmd "${opt[@]}" "$T/in/nonexistent.conllu" "${O[@]}"
  expect_fail "$cmd: directory" -- "$KG" -q train $cmd "${opt[@]}" "$T/dir" "${O[@]}"
  # (ner needs Entity= annotations, which the tiny treebank lacks.)
  [ $cmd = ner ] || LOG_BEFORE_ERROR=1 expect_fail "$cmd: disk full" "/dev/full" -- "$KG" -q train $cmd "${opt[@]}" tests/data/parser_tiny.conllu "${quick[@]}" -o /dev/full
done
done_checks
