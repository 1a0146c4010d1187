# Shared checks for tests/cli/hostile_*.sh (sourced; not a test itself).
# Every hostile input must end with exit status 1, one message on stderr
# ("kg: error: ..." -- for a query, plus the query line and a caret -- or a
# usage error plus its hint line), nothing on stdout, no sanitizer report,
# every protected file (outputs, and inputs that must not be touched)
# byte-identical to before, and no temporary file left in $T/out.
set -uo pipefail
KG=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
checks=0

# Skips the script (77) when this kg binary has no such command.
require_command() {
  "$KG" "$@" --help > /dev/null 2>&1 || { echo "SKIP: no 'kg $*' in this binary"; exit 77; }
}

# Files that no failing run may change; put them in $T/out.
protected=()
protect() {
  local f
  for f in "$@"; do
    protected+=("$f")
    cp -p "$f" "$T/.orig.$(echo "$f" | md5sum | cut -c1-12)"
  done
}

# expect_fail LABEL [WANT-SUBSTRING] -- command...
expect_fail() {
  local label=$1 want=""
  shift
  if [ "$1" != "--" ]; then want=$1; shift; fi
  shift
  checks=$((checks + 1))
  "$@" > "$T/.out" 2> "$T/.err" < /dev/null
  local rc=$?
  [ $rc -eq 1 ] || fail "$label: exit status $rc (want 1) for: $(echo "$*" | cut -c1-300) -- stderr: $(head -c 2000 "$T/.err")"
  # No partial result on standard output (a failing query prints no half table).
  [ ! -s "$T/.out" ] || fail "$label: output on stdout from a failing run: $(head -c 500 "$T/.out")"
  if grep -qE 'Sanitizer|runtime error:|LeakSanitizer|Assertion|terminate called' "$T/.err"; then
    fail "$label: sanitizer or abort report: $(head -c 2000 "$T/.err")"
  fi
  local first lines
  if [ "${LOG_BEFORE_ERROR:-0}" = 1 ]; then  # training logs its progress first
    grep -v '^kg: ' "$T/.err" > "$T/.log"
    grep '^kg: ' "$T/.err" > "$T/.err2"
    [ "$(tail -1 "$T/.err")" = "$(tail -1 "$T/.err2")" ] || fail "$label: the error is not the last line: $(tail -3 "$T/.err")"
    mv "$T/.err2" "$T/.err"
  fi
  first=$(head -1 "$T/.err")
  lines=$(wc -l < "$T/.err")
  case $first in
    # A query error may add the query line and a caret under the place.
    "kg: error: "*) [ "$lines" -le 3 ] && [ "$(grep -c '^kg:' "$T/.err")" -eq 1 ] ||
      fail "$label: $lines lines on stderr: $(head -c 2000 "$T/.err")" ;;
    "kg: usage error: "*) [ "$lines" -le 2 ] || fail "$label: $lines lines on stderr: $(cat "$T/.err")" ;;
    *) fail "$label: stderr does not start with 'kg: error:': $(head -c 2000 "$T/.err")" ;;
  esac
  if [ -n "$want" ] && ! grep -qF -- "$want" "$T/.err"; then
    fail "$label: message lacks '$want': $first"
  fi
  local f
  for f in "${protected[@]}"; do
    cmp -s "$f" "$T/.orig.$(echo "$f" | md5sum | cut -c1-12)" || fail "$label: $f was changed by a failing run"
  done
  # Outputs live alone in $T/out: anything else there is a leftover temporary file.
  local stray
  stray=$(find "$T/out" -mindepth 1 -maxdepth 1 | sort | comm -23 - <(printf '%s\n' "${protected[@]}" | sort))
  [ -z "$stray" ] || fail "$label: temporary file left behind: $stray"
}

# Common hostile fixtures in $T.
mkdir -p "$T/in" "$T/dir" "$T/out"
printf 'The minister \xff\xfe resigned on \xc3( Friday.\n' > "$T/in/bad_utf8.txt"
printf 'ELF\0\0\0\1\2\3\0binary\0\0data\0' > "$T/in/binary.txt"
head -c 4096 /dev/urandom >> "$T/in/binary.txt"
: > "$T/in/empty.txt"
printf 'The minister resigned on Friday. She denied the report.\n' > "$T/in/good.txt"
printf '{"id":"a","text":"one"}\n{"id":"b","text":\n' > "$T/in/bad.jsonl"
printf '{"id":"a","text":"one"}\n{"id":"a","text":"two"}\n' > "$T/in/dup.jsonl"
awk 'BEGIN { printf "{\"id\":\"a\",\"text\":"; for (i = 0; i < 3000000; i++) printf "["; print "" }' > "$T/in/deep_docs.jsonl"

# A small valid graph and its damaged copies (needs 'kg build').
make_graphs() {
  "$KG" -q build --triples tests/data/graph_triples.jsonl -o "$T/good.kg.json" || fail "building the fixture graph"
  local n
  n=$(wc -c < "$T/good.kg.json")
  head -c $((n / 2)) "$T/good.kg.json" > "$T/truncated.kg.json"
  sed 's/"version":1,/"version":999,/' "$T/good.kg.json" > "$T/newer.kg.json"
  grep -q '"version":999' "$T/newer.kg.json" || fail "fixture: no version field to bump"
  sed 's/"edges"/"edgez"/' "$T/good.kg.json" > "$T/corrupt.kg.json"
  printf '[1,2,3]\n' > "$T/array.kg.json"
  # Nested a few million deep: the recursive JSON parser used to overflow the stack.
  awk 'BEGIN { printf "{\"format\":\"kg-graph\",\"version\":1,\"x\":"; for (i = 0; i < 3000000; i++) printf "["; }' > "$T/deep.kg.json"
}

# A models directory whose every model file is cut in half.
make_corrupt_models() {
  mkdir -p "$T/models"
  local m
  for m in models/*.kgm; do
    [ -f "$m" ] || continue
    head -c $(($(wc -c < "$m") / 2)) "$m" > "$T/models/$(basename "$m")"
  done
  printf 'KGM' > "$T/models/parser.kgm.short"
  [ -e "$T/models/parser.kgm" ] || cp "$T/models/parser.kgm.short" "$T/models/parser.kgm"
}

done_checks() { echo "PASS: $checks hostile inputs rejected cleanly"; exit 0; }
