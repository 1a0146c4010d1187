#!/usr/bin/env bash
## Show that kg sentences/tokenize read files, directories, stdin and JSONL,
## and that bad inputs fail with exit status 1 and one clear line on stderr.
set -u
KG=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# expect_error CHECK_TEXT CMD...: exit status 1 and CHECK_TEXT on stderr.
expect_error() {
  local want=$1; shift
  "$@" >"$T/out" 2>"$T/err"
  local rc=$?
  [ "$rc" = 1 ] || fail "$* exited $rc, expected 1"
  grep -qF -- "$want" "$T/err" || fail "$*: stderr lacks '$want': $(cat "$T/err")"
  [ "$(wc -l <"$T/err")" = 1 ] || fail "$*: expected one line on stderr: $(cat "$T/err")"
}

# RUN: sentences on a file: doc id, start, end, text
printf 'Kim met Moon. They talked.\n' >"$T/a.txt"
"$KG" sentences "$T/a.txt" >"$T/out" || fail "sentences a.txt"
printf 'a\t0\t13\tKim met Moon.\na\t14\t26\tThey talked.\n' | cmp -s - "$T/out" || fail "sentences output: $(cat "$T/out")"

# RUN: standard input is the document "stdin"
printf 'Hello there.' | "$KG" sentences - >"$T/out" || fail "stdin"
grep -qP '^stdin\t0\t12\tHello there\.$' "$T/out" || fail "stdin output: $(cat "$T/out")"

# RUN: directories recursively, sorted; -o writes a file
mkdir -p "$T/dir/sub"
printf 'First.' >"$T/dir/b.txt"
printf 'Second.' >"$T/dir/sub/a.txt"
"$KG" --quiet sentences "$T/dir" -o "$T/s.tsv" || fail "dir"
[ "$(cut -f1 "$T/s.tsv" | tr '\n' ' ')" = "b a " ] || fail "dir order: $(cat "$T/s.tsv")"

# RUN: JSONL documents by extension and with --jsonl
printf '{"id":"n1","text":"One. Two."}\n{"id":"n2","text":"Three."}\n' >"$T/d.jsonl"
[ "$("$KG" sentences "$T/d.jsonl" | wc -l)" = 3 ] || fail "jsonl"
cp "$T/d.jsonl" "$T/d.dump"
[ "$("$KG" sentences --jsonl "$T/d.dump" | wc -l)" = 3 ] || fail "--jsonl"

# RUN: errors
expect_error "$T/missing.txt: no such file or directory" "$KG" sentences "$T/missing.txt"
printf 'ok\nbad \xff here\n' >"$T/bad.txt"
expect_error "bad.txt: byte 7: invalid UTF-8 sequence" "$KG" sentences "$T/bad.txt"
"$KG" sentences --lossy "$T/bad.txt" >"$T/out" || fail "--lossy"
grep -qF $'bad \xef\xbf\xbd here' "$T/out" || fail "--lossy output: $(cat "$T/out")"
printf '\x7fELF\x02\x01\x01\x00\x00\x00' >"$T/prog.txt"
expect_error "prog.txt: byte 7: binary data, not text" "$KG" sentences "$T/prog.txt"
printf '{"id":"x","text":"ok"}\n{"id":"y"}\n' >"$T/e.jsonl"
expect_error "e.jsonl: line 2: missing field 'text'" "$KG" tokenize "$T/e.jsonl"
printf '{"id":"x","text":"ok"\n' >"$T/e2.jsonl"
expect_error "e2.jsonl: line 1: invalid JSON" "$KG" tokenize "$T/e2.jsonl"
mkdir -p "$T/none"
expect_error "no *.txt or *.jsonl files" "$KG" sentences "$T/none"
expect_error "--format must be tsv or conllu" "$KG" tokenize --format xml "$T/a.txt"
expect_error "sentence splitter model not found" "$KG" sentences --models "$T/nomodels" "$T/a.txt"
KG_MODELS="$T/nomodels" expect_error "nomodels/splitter.kgm: sentence splitter model not found" "$KG" sentences "$T/a.txt"

# RUN: an empty file is fine and gives no sentences
: >"$T/empty.txt"
"$KG" sentences "$T/empty.txt" >"$T/out" || fail "empty"
[ ! -s "$T/out" ] || fail "empty output"

# RUN: a failed run leaves an existing output file untouched
printf 'old\n' >"$T/keep.tsv"
"$KG" sentences "$T/a.txt" "$T/bad.txt" -o "$T/keep.tsv" 2>/dev/null && fail "bad input accepted"
[ "$(cat "$T/keep.tsv")" = old ] || fail "output overwritten"
echo PASS
