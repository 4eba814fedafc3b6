#!/usr/bin/env bash
# Fails when a C++ source differs from clang-format's output (LLVM style,
# .clang-format). lit inputs are exempt: their columns are expectations.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
format="$(command -v clang-format-22 || command -v clang-format)"
status=0
while IFS= read -r file; do
  if ! "$format" --dry-run --Werror "$file" 2>/dev/null; then
    echo "needs clang-format: $file"
    status=1
  fi
done < <(git ls-files '*.cpp' '*.h' | grep -v '^test/lit/')
exit $status
