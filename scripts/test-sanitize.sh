#!/usr/bin/env bash
# Builds kg, the unit tests and the fuzz targets with clang, AddressSanitizer
# and UndefinedBehaviorSanitizer in build-asan/ (see scripts/lib/sanitize.sh),
# and runs every test there: the unit tests and the command-line tests,
# including the hostile-input battery (tests/cli/hostile_*.sh).
# KG_CCACHE=1 compiles through ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/sanitize.sh
configure_sanitize_tree
cmake --build build-asan -j "$(nproc)"
ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
