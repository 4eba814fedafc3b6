#!/usr/bin/env bash
# Configures and builds vouch in build/ (or $VOUCH_BUILD_DIR) with clang 22.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${VOUCH_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_CXX_COMPILER=clang++-22 \
  -DCMAKE_BUILD_TYPE="${VOUCH_BUILD_TYPE:-Release}" \
  -DVOUCH_BUILD_TESTS=ON \
  -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld \
  -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld \
  -DCMAKE_MODULE_LINKER_FLAGS=-fuse-ld=lld >/dev/null
cmake --build "$build"
