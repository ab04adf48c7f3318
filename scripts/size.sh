#!/usr/bin/env bash
# Prints the gzip size (level 9, as a server would send it) of each file the widget
# loads from dist/, and the total against the budget in DESIGN.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/pathway_widget_bg.wasm ] || { echo "size: no dist/ yet; run make build first" >&2; exit 1; }
total=0
printf '%-28s %10s %10s\n' file bytes gzip
for f in dist/pathway-widget.js dist/pathway_widget.js dist/pathway_widget_bg.wasm dist/pathway-widget.css; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-28s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-28s %10s %10d  (%d.%d KB; budget 120 KB, aim 100 KB)\n' total '' "$total" $((total / 1024)) $(((total % 1024) * 10 / 1024))
