#!/usr/bin/env bash
## Show that scripts/check-article-names.sh counts the seed articles' key
## names from kg parse: one line per name with found/total, and a total line.
set -u
KG="$1"
fail() { echo "FAIL: $*"; exit 1; }
cd "$(dirname "$0")/../.."
[ -f models/ner.kgm ] && [ -f models/parser.kgm ] || { echo "skip: models/ not trained"; exit 77; }
out=$(KG="$KG" scripts/check-article-names.sh examples/articles/*.txt 2>/dev/null) || fail "script failed: $out"
echo "$out" | grep -Eq '^Pyongyang GPE [0-9]+/16 \(inside a mention: [0-9]+\)$' || fail "Pyongyang line: $out"
echo "$out" | tail -1 | grep -Eq '^names: found=[0-9]+ of 44 \(inside a mention of the type: [0-9]+\)$' || fail "total: $out"
# A text without the names counts nothing.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'Angela Merkel visited Paris on Monday.\n' > "$tmp/a.txt"
out=$(KG="$KG" scripts/check-article-names.sh "$tmp/a.txt" 2>/dev/null) || fail "script failed: $out"
echo "$out" | tail -1 | grep -q '^names: found=0 of 0 ' || fail "no names: $out"
echo ok
