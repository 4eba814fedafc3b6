#!/usr/bin/env bash
# Installs the Debian 12 packages vouch builds and tests with (DESIGN.md).
# Needs root (or sudo). Safe to run again: apt-get skips what is installed.
set -euo pipefail

packages=(
  cmake ninja-build
  llvm-22-dev libclang-22-dev clang-22 clang-tidy-22 llvm-22-tools lld-22
  libclang-rt-22-dev
  libz3-dev libyaml-cpp-dev libgtest-dev
  libmsgsl-dev clang-format-22
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "vouch: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
