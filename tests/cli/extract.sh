#!/usr/bin/env bash
## Show that kg extract and kg openie print triples from parsed CoNLL-U, in
## JSONL, TSV and CaRB's tab format, and that bad lexicons and inputs are
## reported with file and line.
set -u
KG="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
in=tests/data/extract/small.conllu

# RUN: kg extract --conllu small.conllu
# CHECK: a negated "speak to" triple and the passive turned active
"$KG" extract --conllu --no-coref "$in" -o "$tmp/t.jsonl" || fail "extract failed"
grep -q '"lemma":"speak to"' "$tmp/t.jsonl" || fail "no speak to: $(cat "$tmp/t.jsonl")"
grep '"lemma":"speak to"' "$tmp/t.jsonl" | grep -q '"negated":true' || fail "speak to not negated"
grep '"lemma":"sign"' "$tmp/t.jsonl" | grep -q '"subject":{"text":"Ortiz"' || fail "passive not turned active"
grep -q '"doc":"small"' "$tmp/t.jsonl" || fail "doc id is not the file stem"

# RUN: kg extract --format tsv
"$KG" extract --conllu --no-coref --format tsv "$in" > "$tmp/t.tsv" || fail "tsv failed"
head -1 "$tmp/t.tsv" | grep -q $'^doc\tsentence' || fail "no tsv header"
[ "$(wc -l < "$tmp/t.tsv")" -ge 3 ] || fail "tsv too short"

# RUN: kg openie --conllu
"$KG" openie --conllu "$in" > "$tmp/o.tsv" || fail "openie failed"
grep -q $'^Ortiz did n\'t speak to Lima.\t0\\.[0-9]*\tdid n\'t speak to\tOrtiz\tLima$' "$tmp/o.tsv" || fail "openie line: $(cat "$tmp/o.tsv")"

# RUN: kg extract --lexicon BAD
# CHECK: the error names the file and the line
printf 'accuse\taccuse\nbomb\tbombing\n' > "$tmp/bad.tsv"
if "$KG" extract --conllu --lexicon "$tmp/bad.tsv" "$in" 2> "$tmp/err"; then fail "bad lexicon accepted"; fi
grep -q "bad.tsv: line 2: unknown event class 'bombing'" "$tmp/err" || fail "error: $(cat "$tmp/err")"

# RUN: kg extract --conllu on a malformed file
printf '1\tOrtiz\n' > "$tmp/bad.conllu"
if "$KG" extract --conllu "$tmp/bad.conllu" 2> "$tmp/err"; then fail "malformed CoNLL-U accepted"; fi
grep -q "bad.conllu: line 1" "$tmp/err" || fail "error: $(cat "$tmp/err")"
exit 0
