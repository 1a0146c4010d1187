#!/usr/bin/env bash
## Show that kg parse turns raw text into a well-formed CoNLL-U tree per
## sentence, that kg eval-parse prints its summary line, and that missing
## models are reported by name.
set -u
KG="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# RUN: kg parse --models MISSING
# CHECK: the error names the directory
if "$KG" parse --models "$tmp/nope" - </dev/null 2>"$tmp/err"; then fail "missing models dir accepted"; fi
grep -q "$tmp/nope" "$tmp/err" || fail "error does not name the models dir: $(cat "$tmp/err")"

# RUN: kg eval-parse with a models dir that lacks parser.kgm
mkdir -p "$tmp/empty"
printf '1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n' > "$tmp/g.conllu"
if "$KG" eval-parse --models "$tmp/empty" "$tmp/g.conllu" 2>"$tmp/err"; then fail "missing model accepted"; fi
grep -q "kgm" "$tmp/err" || fail "error does not name the model file: $(cat "$tmp/err")"

models=${KG_MODELS:-models}
for m in tagger lemmatizer parser ner; do
  [ -f "$models/$m.kgm" ] || { echo "skipped: $models/$m.kgm not trained yet"; exit 77; }
done

# RUN: echo TEXT | kg parse -
# CHECK: one root per sentence, heads in range, 10 columns
printf 'North Korea fired two missiles on Monday, officials in Seoul said. The launch was condemned.\n' > "$tmp/in.txt"
"$KG" --quiet parse --models "$models" "$tmp/in.txt" > "$tmp/out.conllu" || fail "kg parse failed"
awk -F'\t' '
  /^#/ { next }
  /^$/ { if (n) { if (roots != 1) bad = "sentence with " roots " roots"; for (i in head) if (head[i] > n) bad = "head out of range" } n = 0; roots = 0; delete head; next }
  $1 ~ /-/ { next }
  { if (NF != 10) bad = "row with " NF " columns"; n++; head[n] = $7; if ($7 == 0) roots++; if ($8 == "_" || $8 == "") bad = "empty deprel" }
  END { if (bad) { print bad; exit 1 } }' "$tmp/out.conllu" || fail "malformed CoNLL-U: $(cat "$tmp/out.conllu")"
[ "$(grep -c '^# text' "$tmp/out.conllu")" -eq 2 ] || fail "expected 2 sentences"

# RUN: kg eval-parse GOLD (its own output as gold scores 100)
"$KG" eval-parse --models "$models" "$tmp/out.conllu" > "$tmp/eval" || fail "eval-parse failed"
tail -1 "$tmp/eval" | grep -Eq '^parse: upos=[0-9.]+ xpos=[0-9.]+ lemma=[0-9.]+ uas=[0-9.]+ las=[0-9.]+$' || fail "bad summary: $(tail -1 "$tmp/eval")"
tail -1 "$tmp/eval" | grep -q 'uas=100.00 las=100.00' || fail "parser not deterministic on its own output: $(tail -1 "$tmp/eval")"
"$KG" eval-parse --raw --models "$models" "$tmp/out.conllu" > "$tmp/eval-raw" || fail "eval-parse --raw failed"
tail -1 "$tmp/eval-raw" | grep -q 'uas=100.00 las=100.00' || fail "raw evaluation of its own output: $(tail -1 "$tmp/eval-raw")"

# RUN: kg parse --beam 8, then eval-parse --beam 8 of its own output
# CHECK: trees as well-formed, deterministic; a bad width is refused by name
"$KG" --quiet parse --beam 8 --models "$models" "$tmp/in.txt" > "$tmp/beam.conllu" || fail "kg parse --beam failed"
[ "$(grep -c '^# text' "$tmp/beam.conllu")" -eq 2 ] || fail "beam: expected 2 sentences"
"$KG" eval-parse --beam 8 --models "$models" "$tmp/beam.conllu" > "$tmp/eval-beam" || fail "eval-parse --beam failed"
tail -1 "$tmp/eval-beam" | grep -q 'uas=100.00 las=100.00' || fail "beam parser not deterministic on its own output: $(tail -1 "$tmp/eval-beam")"
if "$KG" parse --beam 0 --models "$models" "$tmp/in.txt" > /dev/null 2>"$tmp/err"; then fail "beam 0 accepted"; fi
grep -q -- "--beam" "$tmp/err" || fail "beam error does not name the option: $(cat "$tmp/err")"
exit 0
