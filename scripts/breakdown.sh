#!/usr/bin/env bash
# npm run size:breakdown: where the widget's bytes go. Builds the widget's
# wasm as the release build does, but keeping function names, and prints its
# size per crate (and per module of this crate) from twiggy, installing
# twiggy first if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
TWIGGY_VERSION=0.8.0
if [ "$(twiggy --version 2>/dev/null | awk '{print $2}')" != "$TWIGGY_VERSION" ]; then
  echo "[breakdown] installing twiggy $TWIGGY_VERSION (a minute or two, once)" >&2
  cargo install twiggy --version "$TWIGGY_VERSION" --locked --force
fi
out=target/breakdown
mkdir -p "$out"
cargo build --release --target wasm32-unknown-unknown --no-default-features --features widget >&2
wasm-bindgen --target web --keep-debug --out-dir "$out" target/wasm32-unknown-unknown/release/pain_assessment.wasm
wasm-opt -Oz --debuginfo --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue "$out/pain_assessment_bg.wasm" -o "$out/named.wasm"
twiggy top -n 1000000 -f csv "$out/named.wasm" > "$out/top.csv"
exec node scripts/breakdown.mjs "$out/top.csv"
