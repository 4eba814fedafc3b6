#!/usr/bin/env bash
# From a fresh Debian 12 machine: installs, builds, and runs every test
# (GoogleTest units, lit end-to-end tests, the bounded fuzzer run) via ctest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "${VOUCH_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j2 "$@"
