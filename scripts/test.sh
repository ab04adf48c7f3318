#!/usr/bin/env bash
# Runs every test tier: formatting and lints (cargo fmt --check, cargo clippy -D warnings,
# native and wasm), native (cargo test: core, validator CLI, journey properties and
# server-rendered components), the pathway data check, in-browser (wasm-bindgen-test in
# headless Chromium), and end-to-end (Playwright on the built dist/ in host pages).
# `make test` runs scripts/setup.sh first, so everything used here is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== format and lints: cargo fmt --check, cargo clippy -D warnings"
cargo fmt --check
cargo clippy -q --all-targets --features ssr -- -D warnings
cargo clippy -q --target wasm32-unknown-unknown --no-default-features --features csr --lib --test browser --test panic --test sealing -- -D warnings

echo "== native tier: cargo test"
cargo test --features ssr 2>&1 | tee -a "$log"

echo "== pathway data: pathway-check"
cargo run -q --bin pathway-check -- pathway-data

echo "== build dist/"
scripts/build.sh

echo "== in-browser tier: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver} \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --no-default-features --features csr --test browser --test panic --test sealing 2>&1 | tee -a "$log"

echo "== end-to-end tier: Playwright"
npm run -s e2e 2>&1 | tee -a "$log"

echo "== size"
scripts/size.sh --check 2>&1 | tee -a "$log"

# One closing line over every tier: cargo's "test result" lines and node's "# pass/# fail".
passed=$(awk '/^test result:/ { p += $4 } /^# pass / { p += $3 } END { print p + 0 }' "$log")
failed=$(awk '/^test result:/ { f += $6 } /^# fail / { f += $3 } END { print f + 0 }' "$log")
echo "$passed passed, $failed failed"
