# Sourced by scripts/test-sanitize.sh and scripts/fuzz.sh: both use one clang
# tree, build-asan/, built with ASan + UBSan and the libFuzzer coverage hooks
# (-DKG_FUZZ=ON), so CI compiles the sanitizer build once for the unit tests,
# the command-line tests and the fuzz targets.

configure_sanitize_tree() {
  # An older build-asan/ configured with gcc cannot switch compiler in place.
  if [ -f build-asan/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang' build-asan/CMakeCache.txt; then
    rm -rf build-asan
  fi
  local launcher=()
  if [ -n "${KG_CCACHE:-}" ]; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DKG_FUZZ=ON "${launcher[@]}" >/dev/null
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:suppressions=$PWD/tests/asan.supp
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
