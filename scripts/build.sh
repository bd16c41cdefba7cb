#!/usr/bin/env bash
# Builds the release widget into pkg/: wasm (optimised by wasm-opt), the JS
# entry points, the response JSON Schema and the native re-scoring CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"   # binaryen's wasm-opt first

# The widget, and the scorer alone (scoreResponse for Node.js and on demand).
wasm-pack build --release --target web --out-dir pkg --out-name pain_assessment --no-pack >&2
wasm-pack build --release --target web --out-dir pkg --out-name pain_assessment_score --no-pack -- \
  --no-default-features --features scorer >&2
cp js/pain-assessment.js js/node.mjs pkg/
cargo build --release --bin pa-score >&2
target/release/pa-score schema > pkg/response.schema.json
target/release/pa-score catalogue --json > pkg/catalogue.json
node scripts/package-json.mjs
echo "[build] pkg/ ready" >&2
