#!/usr/bin/env bash
# Builds the release widget into pkg/: wasm (optimised by wasm-opt): the
# widget, the scorer and the clinician's summary; the JS
# entry points, the response JSON Schema and the native re-scoring CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"   # binaryen's wasm-opt first

# The widget, which fetches the built-in definitions a page shows from
# pkg/instruments/, and the scorer with every definition compiled in
# (scoreResponse for Node.js and, on demand, the browser).
wasm-pack build --release --target web --out-dir pkg --out-name pain_assessment --no-pack -- \
  --no-default-features --features widget >&2
wasm-pack build --release --target web --out-dir pkg --out-name pain_assessment_score --no-pack -- \
  --no-default-features --features scorer,bundled >&2
# The clinician's summary, loaded by <pain-summary> and mountSummary only.
wasm-pack build --release --target web --out-dir pkg --out-name pain_assessment_summary --no-pack -- \
  --no-default-features --features summary >&2
cp js/node.mjs js/embed.html js/embed.js js/embed.css pkg/
# The embed page's list of allowed parents: empty until the clinic fills it in.
[ -f pkg/embed.json ] || echo '{ "parents": [] }' > pkg/embed.json
cargo build --release --bin pa-score >&2
target/release/pa-score schema > pkg/response.schema.json
target/release/pa-score catalogue --json > pkg/catalogue.json
node scripts/instruments.mjs
node scripts/package-json.mjs
# The entry point and the module's bindings as one script (needs the
# definitions above for its list of built-in ids).
node scripts/bundle.mjs
# What a browser downloads is minified; the readable sources stay in js/.
for f in pain-assessment.js pain_assessment.js pain_assessment_score.js pain_assessment_summary.js embed.js; do
  terser "pkg/$f" --module --compress --mangle --output "pkg/$f"
done
echo "[build] pkg/ ready" >&2
