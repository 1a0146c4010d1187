#!/usr/bin/env bash
## Show that the committed graphs/ are what scripts/make-graphs.sh produces
## from examples/articles now: the graph file and the Turtle byte for byte,
## the pictures by their content (names, labels, tooltips; not coordinates,
## which depend on the fonts installed).
set -uo pipefail
KG=$1
cd "$(dirname "$0")/../.."
if [ ! -f graphs/seed.kg.json ]; then
  echo "skipped: graphs/seed.kg.json is not committed yet"
  exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
KG=$KG GRAPHS_DIR="$T" scripts/make-graphs.sh || { echo "FAIL: scripts/make-graphs.sh failed" >&2; exit 1; }
[ -f "$T/seed.kg.json" ] || { echo "FAIL: graphs/ is committed but this kg cannot build it (no extraction?)" >&2; exit 1; }
stale=0
for f in seed.kg.json seed.ttl; do
  cmp -s "graphs/$f" "$T/$f" || { echo "stale: graphs/$f" >&2; stale=1; }
done
if [ -f graphs/sentences.tsv ]; then
  cmp -s graphs/sentences.tsv "$T/sentences.tsv" || { echo "stale: graphs/sentences.tsv" >&2; stale=1; }
fi
# What a reader sees in an SVG: titles, texts and tooltips, in order.
svg_content() { grep -oE '<title>[^<]*</title>|<text[^>]*>[^<]*</text>|xlink:title="[^"]*"' "$1" | sed -E 's/ (x|y)="[^"]*"//g'; }
for f in "$T"/*.svg graphs/*.svg; do
  n=$(basename "$f")
  [ -f "graphs/$n" ] && [ -f "$T/$n" ] || { echo "stale: graphs/$n (added or removed)" >&2; stale=1; continue; }
  [ "$(svg_content "graphs/$n")" = "$(svg_content "$T/$n")" ] || { echo "stale: graphs/$n" >&2; stale=1; }
done
if [ $stale = 1 ]; then
  echo "FAIL: graphs/ is out of date: run scripts/make-graphs.sh and commit graphs/" >&2
  exit 1
fi
echo ok
