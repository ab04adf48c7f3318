#!/usr/bin/env bash
# Prints the gzip size (level 9, as a server would send it) of each file the widget
# loads from dist/, and the total against the limit in bench/size-limit (docs/BENCHMARKS.md).
#   scripts/size.sh           print the table
#   scripts/size.sh --check   also fail when the total is over the limit in
#                             bench/size-limit (see there), naming the largest files
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/pathway_widget_bg.wasm ] || { echo "size: no dist/ yet; run make build first" >&2; exit 1; }
total=0
rows=""
printf '%-28s %10s %10s\n' file bytes gzip
for f in dist/pathway-widget.js dist/loader/*.js dist/pathway_widget.js dist/pathway_widget_bg.wasm dist/pathway-widget.css; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  rows+="$gz $(basename "$f")"$'\n'
  printf '%-28s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done
printf '%-28s %10s %10d  (%d.%d KB; budget 120 KB, aim 100 KB)\n' total '' "$total" $((total / 1024)) $(((total % 1024) * 10 / 1024))
# Fetched only where the widget cannot start, so not part of the total.
printf '%-28s %10d %10d  (only where the widget cannot start)\n' pathway-static.html "$(wc -c < dist/pathway-static.html)" "$(gzip -9 -c dist/pathway-static.html | wc -c)"
if [ "${1:-}" = --check ]; then
  limit=$(grep -v '^#' bench/size-limit | tr -d '[:space:]')
  if [ "$total" -gt "$limit" ]; then
    echo "size: FAIL: the widget's total gzip size, $total bytes, is over the limit of $limit bytes (bench/size-limit)."
    echo "size: largest files: $(sort -rn <<< "$rows" | awk 'NF { printf "%s%s %d bytes", sep, $2, $1; sep = ", " }')."
    echo "size: run 'twiggy top target/wasm32-unknown-unknown/release/pathway_widget.wasm' to see what grew."
    exit 1
  fi
  echo "size: ok, within the limit of $limit bytes (bench/size-limit)"
fi
