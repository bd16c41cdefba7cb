#!/usr/bin/env bash
# npm run bench: sets up, builds the release widget and the one-button yew
# page it is measured against, then runs the benchmark (arguments pass on:
# --runs N, --taps N).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
wasm-pack build bench/floor --release --target web --out-dir ../../target/bench-floor --no-pack >&2
terser target/bench-floor/bench_floor.js --module --compress --mangle --output target/bench-floor/bench_floor.js
exec node scripts/bench/run.mjs "$@"
