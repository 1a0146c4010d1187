#!/usr/bin/env bash
## Show that kg tokenize prints TSV and CoNLL-U with byte spans, that
## boilerplate is dropped unless --keep-boilerplate, and that
## eval-tokenize and bench tokenize print their summary lines.
set -u
KG=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

printf 'Advertisement\n\nI don\xe2\x80\x99t know.\n' >"$T/a.txt"

# RUN: TSV: doc, sentence, start, end, text, form, joined
"$KG" tokenize "$T/a.txt" >"$T/out" || fail "tokenize tsv"
printf 'a\t1\t15\t16\tI\tI\t-\na\t1\t17\t19\tdo\tdo\t-\na\t1\t19\t24\tn\xe2\x80\x99t\tn'"'"'t\tjoined\na\t1\t25\t29\tknow\tknow\t-\na\t1\t29\t30\t.\t.\t-\n' |
  cmp -s - "$T/out" || fail "tsv output: $(cat -A "$T/out")"

# RUN: CoNLL-U with sent_id, text, the multiword token and TokenRange
"$KG" tokenize --format conllu "$T/a.txt" >"$T/out" || fail "tokenize conllu"
grep -qx '# sent_id = a-1' "$T/out" || fail "sent_id"
grep -qx "# text = I don’t know." "$T/out" || fail "text"
grep -qP "^2-3\tdon’t\t.*\tTokenRange=17:24\$" "$T/out" || fail "mwt: $(cat "$T/out")"
grep -qP "^3\tn’t\t.*\tTokenRange=19:24\|Norm=n't\$" "$T/out" || fail "norm: $(cat "$T/out")"
grep -qP "^4\tknow\t.*\tTokenRange=25:29\|SpaceAfter=No\$" "$T/out" || fail "space after: $(cat "$T/out")"

# RUN: --keep-boilerplate keeps the ad line
"$KG" sentences --keep-boilerplate "$T/a.txt" | grep -q Advertisement || fail "--keep-boilerplate"
"$KG" sentences "$T/a.txt" | grep -q Advertisement && fail "boilerplate not removed"

# RUN: eval-tokenize's last line
"$KG" eval-tokenize tests/data/text/mini.conllu >"$T/out" || fail "eval-tokenize"
[ "$(tail -1 "$T/out")" = "tokenize: tokens_f1=100.00 words_f1=100.00 sentences_f1=100.00" ] || fail "eval: $(cat "$T/out")"
"$KG" eval-tokenize "$T/none.conllu" 2>"$T/err" && fail "missing gold accepted"
grep -q "none.conllu: cannot open" "$T/err" || fail "missing gold message: $(cat "$T/err")"

# RUN: bench tokenize prints MB/s
"$KG" --quiet bench tokenize examples/articles --repeat 1 | grep -qE 'MB/s' || fail "bench"

# RUN: the main job's first step works on the seed articles
"$KG" --quiet sentences examples/articles -o "$T/sentences.tsv" || fail "articles"
[ "$(cut -f1 "$T/sentences.tsv" | sort -u | wc -l)" = 5 ] || fail "five articles"
grep -qE 'Advertisement|CREDIT:|pic\.twitter|Author:' "$T/sentences.tsv" && fail "boilerplate in sentences"
echo PASS
