#!/bin/bash
## Show that kg eval-coref scores GUM pronouns and ends with the machine-readable line,
## and that a bad input is reported with the file and line.
kg="$1"
gold=../shared/ud/en_gum-ud-dev.conllu
[ -f "$gold" ] || { echo "skipped: $gold is absent"; exit 77; }
out=$("$kg" eval-coref "$gold") || exit 1
last=$(echo "$out" | tail -n 1)
echo "$last" | grep -Eq '^coref: pronoun_acc=0\.[0-9]{3} links=[0-9]+$' || { echo "bad last line: $last"; exit 1; }
acc=$(echo "$last" | sed -E 's/.*pronoun_acc=([0-9.]+).*/\1/')
awk -v a="$acc" 'BEGIN { exit !(a >= 0.65) }' || { echo "pronoun accuracy $acc below 0.65"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\n' > "$tmp/bad.conllu"
if "$kg" eval-coref "$tmp/bad.conllu" 2> "$tmp/err"; then echo "accepted a malformed file"; exit 1; fi
grep -q "bad.conllu: line 1" "$tmp/err" || { cat "$tmp/err"; exit 1; }
exit 0
