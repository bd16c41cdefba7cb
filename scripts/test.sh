#!/usr/bin/env bash
# Sets up and runs every test: native engine tests, component tests in
# headless Chromium, the release build, Node tests and end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n== %s\n' "$*" >&2; }

step "setup"
bash scripts/setup.sh

step "native tests (engine, output, CLI)"
cargo test --quiet

step "component tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver wasm-pack test --headless --chrome -- --test web

step "release build"
bash scripts/build.sh

step "size"
# Fails when the widget (what every page loads) grows past its current size;
# the goal is 150 KB (see docs/performance.md). 247.5: the typed number box
# (its field, the typed text kept and marked, a sum's ceiling) added 2.2 KB.
node scripts/size.mjs --budget-kb 247.5

step "Node tests (scoreResponse, schema)"
node --test tests/node/

step "end-to-end tests"
node --test --test-concurrency=1 tests/e2e/
