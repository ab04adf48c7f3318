#!/usr/bin/env bash
# Builds dist/: the loader module and its parts, the wasm-bindgen glue, the optimised .wasm,
# the CSS and the static version (for browsers that cannot run the widget). Every script is
# minified (terser, from package-lock.json): what a person's phone downloads has no
# comments and short names.
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
# The studio (studio.html) is for data authors: nothing a host page loads.
# The studio's own build of the widget, with its `studioView` entry (dist/studio/).
cargo build --release --target wasm32-unknown-unknown --no-default-features --features studio --lib
wasm-bindgen --target web --out-dir dist/studio --out-name pathway_widget \
  target/wasm32-unknown-unknown/release/pathway_widget.wasm
node_modules/.bin/wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  dist/studio/pathway_widget_bg.wasm -o dist/studio/pathway_widget_bg.wasm
cp -r assets/pathway-widget.js assets/loader assets/pathway-widget.css assets/pathway-embed.js assets/pathway-frame.js assets/embed.html assets/studio.html assets/studio.js assets/studio.css dist/
# The language packs, each fetched only when its language is asked for: checked against the
# built-in pathway first (a pack that fails is not shipped), then written without spaces.
if compgen -G "languages/*.json" > /dev/null; then
  cargo run -q --bin pathway-check -- pathway-data languages > /dev/null || { cargo run -q --bin pathway-check -- pathway-data languages; exit 1; }
  mkdir -p dist/languages
  for pack in languages/*.json; do
    node -e 'const fs = require("fs"); fs.writeFileSync(process.argv[2], JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1], "utf8"))));' "$pack" "dist/$pack"
    # Easy Read's pictures go in with its pack.
    if grep -q '"easy_read": *true' "$pack"; then node scripts/easy-read-pictures.mjs "$pack" "dist/$pack"; fi
  done
fi
# The static version, for browsers that cannot run the widget (src/bin/pathway-static.rs).
cargo run -q --features ssr --bin pathway-static -- dist/pathway-static.html
for script in dist/*.js dist/loader/*.js; do
  node_modules/.bin/terser --module --ecma 2022 --compress --mangle --output "$script" "$script"
done
echo "build: dist/ ready"
