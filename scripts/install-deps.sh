#!/usr/bin/env bash
# Installs the Debian packages kg needs to build, test, fuzz and render.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
PKGS="cmake ninja-build g++ pkg-config libboost-graph-dev rapidjson-dev libgraphviz-dev graphviz
doctest-dev libcli11-dev libutf8proc-dev libserd-dev serdi iso-codes python3
clang libclang-rt-14-dev time"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -q --no-install-recommends $missing
fi
