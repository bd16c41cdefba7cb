#!/usr/bin/env bash
# Coverage-guided fuzzing of the entry points that read outside data
# (options, definitions, responses, diaries), each for a bounded time, on
# the nightly toolchain. Apart from `npm test`: `npm run fuzz`
# (FUZZ_SECONDS per target, default 60). Prints each target's executions
# and crashes; a crash's input is left in fuzz/artifacts/<target>/ and the
# script fails. The corpus in fuzz/corpus/ is the seed: new inputs go to a
# scratch directory, so the repository's corpus stays short.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${FUZZ_SECONDS:-60}"

rustup toolchain list | grep '^nightly' > /dev/null || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz > /dev/null || cargo install cargo-fuzz --version 0.13.2

# Crash inputs libFuzzer has left for a target so far.
crash_count() { if [ -d "fuzz/artifacts/$1" ]; then find "fuzz/artifacts/$1" -type f | wc -l; else echo 0; fi; }

failed=0
for target in options definition response diary; do
  scratch="$(mktemp -d)"
  log="$(mktemp)"
  crashes_before="$(crash_count "$target")"
  status=0
  cargo +nightly fuzz run "$target" "$scratch" "fuzz/corpus/$target" -- \
    -max_total_time="$SECONDS_EACH" -print_final_stats=1 -timeout=10 > "$log" 2>&1 || status=$?
  executions="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)"
  crashes="$(( $(crash_count "$target") - crashes_before ))"
  echo "fuzz $target: ${executions:-0} executions in ${SECONDS_EACH} s, $crashes crashes"
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    tail -30 "$log"
  fi
  rm -rf "$scratch" "$log"
done
exit "$failed"
