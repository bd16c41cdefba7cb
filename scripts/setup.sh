#!/usr/bin/env bash
# Installs every tool the build and the tests need. Idempotent: each step
# checks first and returns at once when its tool is already present.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pin in Cargo.toml
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1

log() { printf '[setup] %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # No --locked: the CLI's own lock file pins a crate the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
  log "installing wasm-pack $WASM_PACK_VERSION (a few minutes, once)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --force
fi

# The three engines the tests run in: Chromium; Firefox ESR; and WebKit, the
# engine of every iPhone browser (WebKitGTK's driver and MiniBrowser, which
# draws into an Xvfb display as it has no headless mode).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/firefox-esr ] \
  || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/Xvfb ]; then
  log "installing Debian's chromium, chromium-driver, firefox-esr, webkit2gtk-driver and xvfb"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    chromium chromium-driver firefox-esr webkit2gtk-driver xvfb >/dev/null
fi

# Firefox's driver from crates.io (npm's geckodriver package downloads a
# binary at install time, which fails where only package registries are reachable).
if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
  log "installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --force
fi

# npm packages: installed again only when package-lock.json changed.
stamp=node_modules/.setup-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  log "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
log "tools ready"
