#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/fuzz_<name>.cpp) in the sanitizer
# tree build-asan/ (clang, ASan + UBSan, shared with scripts/test-sanitize.sh;
# see scripts/lib/sanitize.sh) and runs each for SECONDS (default 30) on a copy
# of its seed corpus tests/fuzz/corpus/<name>/. Prints seconds, executions and
# crashes per target; exits 1 if any target crashed, copying the crashing
# inputs to fuzz-crashes/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET…]
#   FUZZ_MIN_EXECS=N  keep fuzzing (on the grown corpus) until N executions
#   FUZZ_LOG_DIR=DIR  keep each target's log and grown corpus in DIR/<name>/
#   FUZZ_BIN_DIR=DIR  run the fuzz_<name> binaries in DIR, without building
#   KG_CCACHE=1       compile through ccache
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
shift || true
source scripts/lib/sanitize.sh
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp | sed 's/^fuzz_//')"); done
fi
bin=${FUZZ_BIN_DIR:-build-asan/tests/fuzz}
if [ -z "${FUZZ_BIN_DIR:-}" ]; then
  configure_sanitize_tree
  cmake --build build-asan -j "$(nproc)" --target "${targets[@]/#/fuzz_}"
fi
min_execs=${FUZZ_MIN_EXECS:-0}
failed=0
for t in "${targets[@]}"; do
  if [ -n "${FUZZ_LOG_DIR:-}" ]; then
    work=$FUZZ_LOG_DIR/$t
    rm -rf "$work"
    mkdir -p "$work"
  else
    work=$(mktemp -d)
  fi
  mkdir -p "$work/corpus" "$work/artifacts"
  if [ -d "tests/fuzz/corpus/$t" ]; then cp -r "tests/fuzz/corpus/$t/." "$work/corpus/"; fi
  # Per-target libFuzzer options (input size cap, dictionary): tests/fuzz/<name>.options.
  extra=()
  if [ -f "tests/fuzz/$t.options" ]; then read -r -a extra < "tests/fuzz/$t.options"; fi
  total=0 rounds=0 rc=0 limit=(-max_total_time="$secs")
  start=$(date +%s)
  while :; do
    rounds=$((rounds + 1))
    log="$work/log.$rounds"
    set +e
    "$bin/fuzz_$t" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "${extra[@]}" \
      -artifact_prefix="$work/artifacts/" "$work/corpus" >"$log" 2>&1
    rc=$?
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    [ -n "$execs" ] || execs=$(grep -oE '#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
    total=$((total + ${execs:-0}))
    # A long run goes on, without a time limit, until it reaches FUZZ_MIN_EXECS.
    if [ $rc -ne 0 ] || [ "$total" -ge "$min_execs" ] || [ "${execs:-0}" -eq 0 ]; then break; fi
    limit=(-runs=$((min_execs - total)))
  done
  seconds=$(($(date +%s) - start))
  crashes=$(find "$work/artifacts" -type f | wc -l)
  printf 'fuzz %-12s seconds=%s execs=%s crashes=%s corpus=%s\n' "$t" "$seconds" "$total" "$crashes" \
    "$(find "$work/corpus" -type f | wc -l)"
  if [ $rc -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    tail -40 "$log"
    mkdir -p fuzz-crashes
    cp "$work/artifacts/"* fuzz-crashes/ 2>/dev/null || true
  elif [ -z "${FUZZ_LOG_DIR:-}" ]; then
    rm -rf "$work"
  fi
done
exit $failed
