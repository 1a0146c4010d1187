#!/usr/bin/env bash
## Show that eval-tag / eval-ner / bench tag report bad model files clearly,
## and work with the committed models on a small gold file.
set -u
KG="$1"
DATA=tests/data/nlp/news.conllu
fail() { echo "FAIL: $*"; exit 1; }

out=$("$KG" eval-tag "$DATA" --tagger /nonexistent/tagger.kgm 2>&1) && fail "missing model accepted"
echo "$out" | grep -q "kg: error: .*/nonexistent/tagger.kgm" || fail "missing model: $out"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'KGMODEL\0' > "$tmp/short.kgm"
out=$("$KG" bench tag "$DATA" --tagger "$tmp/short.kgm" 2>&1) && fail "truncated model accepted"
echo "$out" | grep -q "short.kgm: byte" || fail "truncated model: $out"

[ -f models/tagger.kgm ] && [ -f models/lemmatizer.kgm ] && [ -f models/ner.kgm ] || { echo "skip: models/ not trained"; exit 77; }
out=$("$KG" eval-tag "$DATA" --tagger models/lemmatizer.kgm 2>&1) && fail "wrong kind accepted"
echo "$out" | grep -q "expected a tagger model, found a lemmatizer model" || fail "wrong kind: $out"

out=$("$KG" eval-tag "$DATA" --models models) || fail "eval-tag: $out"
echo "$out" | tail -1 | grep -Eq '^tag: upos=[0-9.]+ xpos=[0-9.]+ lemma=[0-9.]+$' || fail "eval-tag output: $out"
out=$("$KG" eval-ner "$DATA" --models models) || fail "eval-ner: $out"
echo "$out" | tail -1 | grep -Eq '^ner: p=[0-9.]+ r=[0-9.]+ f1=[0-9.]+$' || fail "eval-ner output: $out"
out=$("$KG" bench tag "$DATA" --models models --min-seconds 0.1) || fail "bench tag: $out"
echo "$out" | grep -q "tokens/s" || fail "bench tag output: $out"
exit 0
