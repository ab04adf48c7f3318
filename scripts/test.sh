#!/usr/bin/env bash
# Runs every test tier: native (cargo test: core, validator CLI, journey properties and
# server-rendered components), the pathway data check, in-browser (wasm-bindgen-test in
# headless Chromium), and end-to-end (Playwright on the built dist/ in host pages).
# `make test` runs scripts/setup.sh first, so everything used here is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== native tier: cargo test"
cargo test --features ssr

echo "== pathway data: pathway-check"
cargo run -q --bin pathway-check -- pathway-data

echo "== build dist/"
scripts/build.sh

echo "== in-browser tier: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver} \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --no-default-features --features csr --test browser

echo "== end-to-end tier: Playwright"
npm run -s e2e

echo "== size"
scripts/size.sh
