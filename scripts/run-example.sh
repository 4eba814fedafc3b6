#!/usr/bin/env bash
# From a fresh Debian 12 machine: installs, builds, and runs vouch on the
# bundled example, first as a checker, then printing the extracted spec.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" >/dev/null
vouch="${VOUCH_BUILD_DIR:-$root/build}/bin/vouch"
example="$root/examples/bounded_buffer.cpp"

echo "\$ vouch -warnings-as-errors='contract-*' examples/bounded_buffer.cpp -- -std=c++20"
status=0
(cd "$root" && "$vouch" -warnings-as-errors='contract-*' examples/bounded_buffer.cpp -- -std=c++20 2>&1) || status=$?
echo "(exit status $status)"
echo
echo "\$ vouch extract examples/bounded_buffer.cpp -- -std=c++20 | head -40"
# Through a file: `head` closing a pipe early would fail the script.
spec="$(mktemp)"
trap 'rm -f "$spec"' EXIT
(cd "$root" && "$vouch" extract examples/bounded_buffer.cpp -- -std=c++20 > "$spec" 2>/dev/null)
head -40 "$spec"
