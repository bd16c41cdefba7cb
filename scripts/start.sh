#!/usr/bin/env bash
# Sets up a fresh machine, builds the release widget and serves the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node www/server.mjs
