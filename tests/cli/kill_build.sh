#!/usr/bin/env bash
## Kills 'kg build --triples' with SIGKILL at random points while it reads and
## writes a large graph: the existing output must stay byte-identical (or be
## the complete new graph, when the kill came after the final rename), and no
## temporary file may be left in the output directory.
set -uo pipefail
KG=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$KG" build --help > /dev/null 2>&1 || { echo "SKIP: no 'kg build'"; exit 77; }

# 30 000 triples over 10 000 actors (about 8 MB of JSONL).
awk 'BEGIN {
  for (i = 0; i < 30000; i++) {
    s = i % 10000; o = (i * 7919 + 13) % 10000;
    printf "{\"doc\":\"d%d\",\"sentence\":%d,\"start\":%d,\"end\":%d,", i % 500, i % 97, i, i + 40;
    printf "\"subject\":{\"text\":\"Actor %d\",\"id\":\"Actor %d\",\"type\":\"PERSON\",\"kind\":\"actor\"},", s, s;
    printf "\"relation\":{\"text\":\"met with\",\"lemma\":\"meet with %d\"},", i % 50;
    printf "\"object\":{\"text\":\"Group %d\",\"id\":\"Group %d\",\"type\":\"ORG\",\"kind\":\"actor\"},", o, o;
    printf "\"confidence\":0.5}\n";
  }
}' > "$T/big.jsonl"
mkdir "$T/out"
"$KG" -q build --triples tests/data/graph_triples.jsonl -o "$T/old.kg.json" || fail "small build"
start=$(date +%s%N)
"$KG" -q build --triples "$T/big.jsonl" -o "$T/new.kg.json" || fail "big build"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$ms" -gt 0 ] || ms=1
echo "full build: ${ms} ms, $(wc -c < "$T/new.kg.json") bytes"

killed=0
for round in 1 2 3 4; do
  cp "$T/old.kg.json" "$T/out/graph.kg.json"
  # Random points over the whole run; the later rounds aim at its second half (the write).
  if [ $round -le 2 ]; then at=$((RANDOM % ms)); else at=$((ms / 2 + RANDOM % (ms / 2 + 1))); fi
  "$KG" -q build --triples "$T/big.jsonl" -o "$T/out/graph.kg.json" 2> /dev/null &
  pid=$!
  sleep "$(printf '%d.%03d' $((at / 1000)) $((at % 1000)))"
  if kill -KILL $pid 2> /dev/null; then killed=$((killed + 1)); fi
  wait $pid 2> /dev/null
  if ! cmp -s "$T/out/graph.kg.json" "$T/old.kg.json" && ! cmp -s "$T/out/graph.kg.json" "$T/new.kg.json"; then
    fail "round $round (kill at ${at} ms): the output is neither the old nor the complete new graph"
  fi
  left=$(find "$T/out" -mindepth 1 ! -name graph.kg.json)
  [ -z "$left" ] || fail "round $round (kill at ${at} ms): temporary file left: $left"
done
[ $killed -ge 1 ] || fail "no run was killed before it finished"
echo "PASS: $killed of 4 runs killed mid-way; output intact, no temporary files"
