#!/usr/bin/env bash
# From a fresh Debian 12 machine: installs, builds, and runs vouch's main
# job on the bundled examples: verifying the contracts of a ring buffer
# (one of them broken by a plausible bug), then a file whose contracts are
# themselves malformed, then the spec IR that vouch extracted.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" >/dev/null
vouch="${VOUCH_BUILD_DIR:-$root/build}/bin/vouch"

run() {
  echo "\$ vouch $*"
  local status=0
  (cd "$root" && "$vouch" "$@" 2>&1) || status=$?
  echo "(exit status $status)"
  echo
}

run -warnings-as-errors='contract-*' examples/ring_buffer.cpp -- -std=c++20
run -checks='-*,contract-syntax' examples/bounded_buffer.cpp -- -std=c++20

echo "\$ vouch extract examples/ring_buffer.cpp -- -std=c++20 | head -30"
# Through a file: `head` closing a pipe early would fail the script.
spec="$(mktemp)"
trap 'rm -f "$spec"' EXIT
(cd "$root" && "$vouch" extract examples/ring_buffer.cpp -- -std=c++20 > "$spec" 2>/dev/null)
head -30 "$spec"
