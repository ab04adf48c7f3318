#!/usr/bin/env bash
# Runs every test tier: formatting and lints (cargo fmt --check, cargo clippy -D warnings,
# native and wasm), native (cargo test: core, validator CLI, journey properties and
# server-rendered components), the pathway data check, in-browser (wasm-bindgen-test in
# headless Chromium and Firefox ESR), end-to-end (Playwright in Chromium on the built
# dist/ in host pages) and end-to-end over WebDriver in Chromium, Firefox ESR and
# WebKitGTK (tests/engines/). Each tier's time is printed at the end.
# `make test` runs scripts/setup.sh first, so everything used here is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
times=$(mktemp)
trap 'rm -f "$log" "$times"' EXIT

# tier NAME COMMAND...: runs one tier, noting its time.
tier() {
  local name=$1 began=$SECONDS
  shift
  echo "== $name"
  "$@"
  printf '%-58s %4d s\n' "$name" $((SECONDS - began)) >> "$times"
}
# logged COMMAND...: runs it with its output also kept in $log, for the closing count.
logged() { "$@" 2>&1 | tee -a "$log"; }
wasm_tests=(cargo test --target wasm32-unknown-unknown --no-default-features --features csr --test browser --test panic --test sealing)
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner

lints() {
  cargo fmt --check
  cargo clippy -q --all-targets --features ssr -- -D warnings
  cargo clippy -q --target wasm32-unknown-unknown --no-default-features --features csr --lib --test browser --test panic --test sealing -- -D warnings
  cargo clippy -q --target wasm32-unknown-unknown --no-default-features --features studio --lib -- -D warnings
}
tier "format and lints: cargo fmt --check, cargo clippy -D warnings" lints
tier "native tier: cargo test" logged cargo test --features ssr
tier "pathway data: pathway-check" cargo run -q --bin pathway-check -- pathway-data
tier "build dist/" scripts/build.sh
# The runner picks the driver named by an environment variable: one engine per run.
tier "in-browser tier: wasm-bindgen-test in headless Chromium" \
  logged env CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" "${wasm_tests[@]}"
tier "in-browser tier: wasm-bindgen-test in headless Firefox ESR" \
  logged env GECKODRIVER="$(command -v geckodriver)" GECKODRIVER_ARGS="--binary ${FIREFOX:-/usr/bin/firefox-esr}" "${wasm_tests[@]}"
tier "end-to-end tier: Playwright in Chromium" logged npm run -s e2e
tier "end-to-end tier: WebDriver in Chromium, Firefox ESR, WebKitGTK" logged npm run -s engines
tier "size" logged scripts/size.sh --check

echo "== time per tier"
cat "$times"
# One closing line over every tier: cargo's "test result" lines and node's "# pass/# fail".
passed=$(awk '/^test result:/ { p += $4 } /^# pass / { p += $3 } END { print p + 0 }' "$log")
failed=$(awk '/^test result:/ { f += $6 } /^# fail / { f += $3 } END { print f + 0 }' "$log")
echo "$passed passed, $failed failed"
