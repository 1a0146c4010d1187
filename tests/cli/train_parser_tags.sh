#!/usr/bin/env bash
## Show that kg train parser can save the tags it trains on
## (--save-train-tags) and train again on a file's own tags
## (--keep-train-tags), and that --jackknife with --keep-train-tags is refused.
set -u
KG="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$(dirname "$0")/../.."
tiny=tests/data/parser_tiny.conllu

# RUN: kg train parser --jackknife 2 --save-train-tags FILE
"$KG" -q train parser --train "$tiny" --jackknife 2 --tagger-epochs 1 --epochs 1 --seed 3 \
  --save-train-tags "$tmp/tagged.conllu" -o "$tmp/a.kgm" 2>"$tmp/err" || fail "jackknifed training failed: $(cat "$tmp/err")"
[ -s "$tmp/a.kgm" ] || fail "no model written"
# CHECK: the saved file has the same words and trees as the input, tags from the fold taggers
[ "$(grep -c '^[0-9]' "$tmp/tagged.conllu")" -eq "$(grep -c '^[0-9]' "$tiny")" ] || fail "word count differs"
diff <(grep '^[0-9]' "$tiny" | cut -f1,2,7,8) <(grep '^[0-9]' "$tmp/tagged.conllu" | cut -f1,2,7,8) > /dev/null \
  || fail "words or trees changed in the saved training data"

# RUN: kg train parser --keep-train-tags on the saved file
"$KG" -q train parser --train "$tmp/tagged.conllu" --keep-train-tags --epochs 1 --seed 3 -o "$tmp/b.kgm" 2>"$tmp/err" \
  || fail "training on kept tags failed: $(cat "$tmp/err")"
[ -s "$tmp/b.kgm" ] || fail "no model written"

# RUN: --jackknife with --keep-train-tags
# CHECK: refused with a message naming both options
if "$KG" -q train parser --train "$tiny" --jackknife 2 --keep-train-tags -o "$tmp/c.kgm" 2>"$tmp/err"; then
  fail "--jackknife with --keep-train-tags accepted"
fi
grep -q -- "--keep-train-tags" "$tmp/err" || fail "error does not name the option: $(cat "$tmp/err")"
[ ! -e "$tmp/c.kgm" ] || fail "a model was written despite the error"
echo ok
