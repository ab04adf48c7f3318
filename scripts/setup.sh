#!/usr/bin/env bash
# Installs what the build or the tests need and is not there yet; skips what is.
#   scripts/setup.sh build   wasm target, wasm-bindgen-cli (the Cargo.lock version), npm packages
#   scripts/setup.sh test    all of the above, plus the browsers and their drivers: Debian's
#                            chromium, chromium-driver, firefox-esr, webkit2gtk-driver and
#                            xvfb, poppler-utils (to read printed PDFs), curl (pathway-import
#                            fetches feeds with it), and geckodriver (cargo install)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}

say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found '${have:-none}'); this takes a few minutes"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi

if [ "$what" = test ]; then
  # The three engines the tests run in: Chromium, Firefox ESR, and WebKitGTK (Safari's
  # engine, whose MiniBrowser needs a display: xvfb). One apt-get for all of them.
  missing=""
  command -v chromium >/dev/null || missing+=" chromium"
  command -v chromedriver >/dev/null || missing+=" chromium-driver"
  command -v firefox-esr >/dev/null || missing+=" firefox-esr"
  command -v WebKitWebDriver >/dev/null || missing+=" webkit2gtk-driver"
  command -v xvfb-run >/dev/null || missing+=" xvfb"
  command -v pdftotext >/dev/null || missing+=" poppler-utils"
  command -v curl >/dev/null || missing+=" curl"
  if [ -n "$missing" ]; then
    say "installing Debian's$missing"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q $missing
  fi
  if ! command -v geckodriver >/dev/null; then
    say "installing geckodriver (Firefox's WebDriver) with cargo; this takes a few minutes"
    cargo install geckodriver
  fi
fi
say "ready ($what)"
