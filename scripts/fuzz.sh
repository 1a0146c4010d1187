#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for
# SECONDS (default 30) on a copy of its seed corpus tests/fuzz/corpus/<name>/.
# Prints executions and crashes per target; exits 1 if any target crashed.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
shift || true
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_FUZZ=ON \
  -DKG_BUILD_TESTS=OFF -DCMAKE_CXX_COMPILER=clang++ >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  cmake --build build-fuzz -j "$(nproc)"
else  # only the named targets (and the layers they link)
  cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}"
fi
if [ ${#targets[@]} -eq 0 ]; then
  for f in build-fuzz/tests/fuzz/fuzz_*; do [ -x "$f" ] && targets+=("$(basename "$f" | sed 's/^fuzz_//')"); done
fi
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
failed=0
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  mkdir -p "$work/corpus" "$work/artifacts"
  if [ -d "tests/fuzz/corpus/$t" ]; then cp -r "tests/fuzz/corpus/$t/." "$work/corpus/"; fi
  log="$work/log"
  set +e
  "build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  [ -n "$execs" ] || execs=$(grep -oE '#[0-9]+' "$log" | tail -1 | tr -d '#')
  crashes=$(find "$work/artifacts" -type f | wc -l)
  printf 'fuzz %-14s seconds=%s execs=%s crashes=%s\n' "$t" "$secs" "${execs:-0}" "$crashes"
  if [ $rc -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    tail -40 "$log"
    mkdir -p fuzz-crashes
    cp "$work/artifacts/"* fuzz-crashes/ 2>/dev/null || true
  else
    rm -rf "$work"
  fi
done
exit $failed
