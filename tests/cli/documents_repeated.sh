#!/usr/bin/env bash
## Defined behaviour for repeated, empty and over-long documents in kg extract,
## build, add and parse: the same document given twice is read once (one
## warning); two documents with one id and different text are an error; an
## empty document (or one of only boilerplate) gives no sentences and a
## warning; a sentence over the parser's limit is parsed in pieces with a
## warning naming the document and byte offset; adding articles already in a
## graph changes nothing.
set -u
KG=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
for m in tagger lemmatizer parser ner splitter; do
  [ -f "models/$m.kgm" ] || { echo "SKIP: models/$m.kgm absent"; exit 77; }
done
A=$T/a.txt
printf 'Officials in Seoul said the minister met Kim Jong Un in Pyongyang on Friday.\nThe talks ended without an agreement.\n' > "$A"
cp "$A" "$T/copy.txt"
: > "$T/empty.txt"
printf '   \n\n' > "$T/blank.txt"
printf '{"id":"n1","text":"Officials in Seoul said the minister met Kim Jong Un."}\n{"id":"n1","text":"Officials in Seoul said the minister met Kim Jong Un."}\n' > "$T/repeat.jsonl"
printf '{"id":"n1","text":"one"}\n{"id":"n1","text":"two"}\n' > "$T/clash.jsonl"

# RUN: kg extract a.txt a.txt
# CHECK: the same triples as from a.txt alone, and one warning
"$KG" -q extract "$A" -o "$T/once.jsonl" 2> "$T/err" || fail "extract once"
[ ! -s "$T/err" ] || fail "warning for a single document: $(cat "$T/err")"
[ -s "$T/once.jsonl" ] || fail "no triples from the fixture"
"$KG" -q extract "$A" "$A" -o "$T/twice.jsonl" 2> "$T/err" || fail "extract twice: $(cat "$T/err")"
cmp -s "$T/once.jsonl" "$T/twice.jsonl" || fail "the same document given twice changed the triples"
[ "$(wc -l < "$T/err")" -eq 1 ] && grep -q "^kg: warning: $A: document 'a' was already read from $A; read once$" "$T/err" ||
  fail "warning for the repeated document: $(cat "$T/err")"

# RUN: kg extract repeat.jsonl (a repeated JSONL line)
"$KG" -q extract "$T/repeat.jsonl" -o "$T/r.jsonl" 2> "$T/err" || fail "extract repeated line"
grep -q "repeat.jsonl:2: document 'n1' was already read from .*repeat.jsonl:1; read once" "$T/err" || fail "repeated line: $(cat "$T/err")"

# RUN: kg extract a.txt copy.txt (same text, two ids): both read, one warning
"$KG" -q extract "$A" "$T/copy.txt" -o "$T/both.jsonl" 2> "$T/err" || fail "extract copy"
grep -q "copy.txt: document 'copy' has the same text as document 'a'" "$T/err" || fail "copy warning: $(cat "$T/err")"
grep -q '"doc":"copy"' "$T/both.jsonl" || fail "the copy was not read"

# RUN: kg extract clash.jsonl (one id, different text): an error naming both places
"$KG" -q extract "$T/clash.jsonl" -o "$T/c.jsonl" 2> "$T/err" && fail "id clash accepted"
grep -q "clash.jsonl:2: duplicate document id 'n1' (also in .*clash.jsonl:1) with different text" "$T/err" || fail "clash: $(cat "$T/err")"
[ ! -e "$T/c.jsonl" ] || fail "output written for an id clash"

# RUN: kg extract empty.txt blank.txt: no triples, exit 0, one warning each
"$KG" -q extract "$T/empty.txt" "$T/blank.txt" -o "$T/e.jsonl" 2> "$T/err" || fail "empty documents: $(cat "$T/err")"
[ -f "$T/e.jsonl" ] && [ ! -s "$T/e.jsonl" ] || fail "triples from empty documents"
grep -q "empty.txt: document 'empty' is empty; no sentences" "$T/err" || fail "empty warning: $(cat "$T/err")"
grep -q "blank.txt: document 'blank' is empty; no sentences" "$T/err" || fail "blank warning: $(cat "$T/err")"
[ "$(wc -l < "$T/err")" -eq 2 ] || fail "warnings: $(cat "$T/err")"

# RUN: kg extract --conllu x.conllu x.conllu: read once; another file with the same stem is an error
"$KG" -q extract --conllu tests/data/extract/small.conllu -o "$T/c1.jsonl" || fail "conllu once"
"$KG" -q extract --conllu tests/data/extract/small.conllu tests/data/extract/small.conllu -o "$T/c2.jsonl" 2> "$T/err" || fail "conllu twice"
cmp -s "$T/c1.jsonl" "$T/c2.jsonl" || fail "the same CoNLL-U file given twice changed the triples"
grep -q "document 'small' was already read from tests/data/extract/small.conllu; read once" "$T/err" || fail "conllu warning: $(cat "$T/err")"
mkdir "$T/other"
head -n 20 tests/data/extract/small.conllu > "$T/other/small.conllu"
"$KG" -q extract --conllu tests/data/extract/small.conllu "$T/other/small.conllu" -o "$T/c3.jsonl" 2> "$T/err" && fail "conllu id clash accepted"
grep -q "duplicate document id 'small'" "$T/err" || fail "conllu clash: $(cat "$T/err")"

# RUN: kg build a.txt a.txt == kg build a.txt; kg add a.txt changes nothing
"$KG" -q build "$A" -o "$T/g1.kg.json" 2> /dev/null || fail "build once"
"$KG" -q build "$A" "$A" -o "$T/g2.kg.json" 2> "$T/err" || fail "build twice"
cmp -s "$T/g1.kg.json" "$T/g2.kg.json" || fail "the same document given twice changed the graph"
grep -q "read once" "$T/err" || fail "build: no warning for the repeated document"
cp "$T/g1.kg.json" "$T/g3.kg.json"
"$KG" -q add "$T/g3.kg.json" "$A" 2> "$T/err" || fail "add: $(cat "$T/err")"
cmp -s "$T/g1.kg.json" "$T/g3.kg.json" || fail "adding a document already in the graph changed it"
"$KG" -q build --triples "$T/once.jsonl" "$T/once.jsonl" -o "$T/t2.kg.json" || fail "build --triples twice"
"$KG" -q build --triples "$T/once.jsonl" -o "$T/t1.kg.json" || fail "build --triples once"
cmp -s "$T/t1.kg.json" "$T/t2.kg.json" || fail "the same triples file given twice changed the graph"

# RUN: kg build empty.txt: a valid empty graph, one warning
"$KG" -q build "$T/empty.txt" -o "$T/ge.kg.json" 2> "$T/err" || fail "build of an empty document: $(cat "$T/err")"
"$KG" -q query "$T/ge.kg.json" 'MATCH (a) RETURN count(a) AS n' > "$T/q" || fail "query of the empty graph"
grep -q '0' "$T/q" || fail "empty graph has vertices: $(cat "$T/q")"
grep -q "is empty; no sentences" "$T/err" || fail "build: no warning for the empty document"

# RUN: kg parse long.txt (one 'sentence' of 1,200 words)
# CHECK: every word parsed, in pieces of at most 250 words, one warning with the byte offset
awk 'BEGIN { printf "Officials met on Friday. "; for (i = 0; i < 1200; i++) printf "%s ", (i % 40 == 39 ? "talks," : "talks"); print "" }' > "$T/long.txt"
"$KG" -q parse "$T/long.txt" -o "$T/long.conllu" 2> "$T/err" || fail "parse long: $(cat "$T/err")"
grep -q "^kg: warning: $T/long.txt: byte 25: sentence of [0-9]* words in document 'long' is longer than the parser's limit of 250 words; parsed in [0-9]* pieces$" "$T/err" ||
  fail "long-sentence warning: $(cat "$T/err")"
words=$(grep -cE '^[0-9]+	' "$T/long.conllu")
[ "$words" -eq $((5 + 1200 + 30)) ] || fail "$words words parsed, want $((5 + 1200 + 30))"
longest=$(awk -F'\t' '/^[0-9]+\t/ { if ($1 + 0 > m) m = $1 + 0 } END { print m }' "$T/long.conllu")
[ "$longest" -le 250 ] || fail "a parsed sentence has $longest words"
echo "PASS: repeated, clashing, empty and over-long documents"
