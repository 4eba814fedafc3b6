#!/usr/bin/env bash
# Installs the Debian 12 packages vouch builds and tests with (DESIGN.md).
# Needs root (or sudo). Safe to run again: apt-get skips what is installed.
set -euo pipefail

packages=(
  cmake ninja-build
  llvm-22-dev libclang-22-dev clang-22 clang-tidy-22 llvm-22-tools lld-22
  libclang-rt-22-dev
  libz3-dev libyaml-cpp-dev libgtest-dev
  zlib1g-dev libzstd-dev # the static LLVM archives compress with them
  libmsgsl-dev clang-format-22
  python3-yaml # test/integration reads .pre-commit-hooks.yaml
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "vouch: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Microsoft's SARIF Multitool (npm, with a Linux binary) validates
# --format=sarif in test/sarif. Installed once under /opt/sarif; without npm
# that test is skipped.
sarif_version=5.7.0
sarif_prefix=/opt/sarif
sarif_tool="$sarif_prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$sarif_tool" ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "vouch: installing @microsoft/sarif-multitool@$sarif_version in $sarif_prefix" >&2
    # Optional: without it the SARIF validation test reports itself skipped.
    if $sudo npm install --prefix "$sarif_prefix" --no-audit --no-fund \
      --silent "@microsoft/sarif-multitool@$sarif_version"; then
      # The package's postinstall (chmod) does not run where npm skips
      # scripts.
      $sudo chmod a+x "$sarif_tool" || true
    else
      echo "vouch: could not install the SARIF Multitool; the SARIF validation test will be skipped" >&2
    fi
  else
    echo "vouch: npm not found; the SARIF validation test will be skipped" >&2
  fi
fi
