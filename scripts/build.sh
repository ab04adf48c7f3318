#!/usr/bin/env bash
# Builds dist/: the loader module, the wasm-bindgen glue, the optimised .wasm and the CSS.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --target wasm32-unknown-unknown --no-default-features --features csr --lib
rm -rf dist && mkdir -p dist
wasm-bindgen --target web --out-dir dist --out-name pathway_widget \
  target/wasm32-unknown-unknown/release/pathway_widget.wasm
# The features rustc enables by default for wasm32; wasm-opt must accept what it emitted.
node_modules/.bin/wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  dist/pathway_widget_bg.wasm -o dist/pathway_widget_bg.wasm
cp assets/pathway-widget.js assets/pathway-widget.css assets/pathway-embed.js assets/pathway-frame.js assets/embed.html dist/
echo "build: dist/ ready"
