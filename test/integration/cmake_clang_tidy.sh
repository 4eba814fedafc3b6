#!/usr/bin/env bash
# vouch as CMake's CMAKE_CXX_CLANG_TIDY on examples/cmake-project: the clean
# project builds; with -DPLANT_BUG=ON the build fails on vouch's finding
# under -warnings-as-errors, both with the compiler's flags (`-- <compiler>
# <flags>`) and with `-p <build dir>` (compile_commands.json).
#
#   cmake_clang_tidy.sh <vouch> <cmake> <generator> <c++ compiler> <project> <work dir>
set -uo pipefail
if [ $# -ne 6 ]; then
  echo "usage: $0 <vouch> <cmake> <generator> <c++ compiler> <project> <work dir>" >&2
  exit 2
fi
# The build runs in other directories: every path absolute.
vouch="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cmake=$2 generator=$3 cxx=$4
project="$(cd "$5" && pwd)"
rm -rf "$6" && mkdir -p "$6" && work="$(cd "$6" && pwd)"
failed=0
fail() { echo "FAILED $*"; failed=1; }

# build <name> <cmake options...>: configures and builds into $work/<name>,
# the output in $work/<name>.log; returns the build's exit status (a failed
# configuration ends the test).
build() {
  local name=$1
  shift
  if ! "$cmake" -S "$project" -B "$work/$name" -G "$generator" \
    -DCMAKE_CXX_COMPILER="$cxx" "$@" >"$work/$name.log" 2>&1; then
    cat "$work/$name.log"
    echo "FAILED $name: configuring failed"
    echo "0 passed, 1 failed"
    exit 1
  fi
  "$cmake" --build "$work/$name" --verbose >>"$work/$name.log" 2>&1
}

finding="sizes.cpp:[0-9]*:[0-9]*: error: postcondition 'result >= n && result < n + 8 && result % 8 == 0' is violated \[contract-postcondition,-warnings-as-errors\]"

# (a) The clean project builds, and vouch did run on each source.
if build clean "-DCMAKE_CXX_CLANG_TIDY=$vouch;-warnings-as-errors=*"; then
  runs=$(grep -cF -- "--tidy=\"$vouch;-warnings-as-errors=*;--extra-arg-before=--driver-mode=" "$work/clean.log")
  [ "$runs" -eq 2 ] || fail "clean: vouch ran on $runs sources, not 2"
  ! grep -E "(warning|error): " "$work/clean.log" || fail "clean: vouch reported findings"
else
  cat "$work/clean.log"
  fail "clean: the clean project did not build"
fi

# (b) The planted bug fails the build, with vouch's finding in the output,
# and without its object file: the compiler did not run.
for variant in flags p; do
  options=(-DPLANT_BUG=ON "-DCMAKE_CXX_CLANG_TIDY=$vouch;-warnings-as-errors=*")
  if [ $variant = p ]; then
    options=(-DPLANT_BUG=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
      "-DCMAKE_CXX_CLANG_TIDY=$vouch;-p;$work/bug-$variant;-warnings-as-errors=*")
  fi
  if build "bug-$variant" "${options[@]}"; then
    cat "$work/bug-$variant.log"
    fail "bug-$variant: the build succeeded despite the planted bug"
  elif ! grep -q -- "$finding" "$work/bug-$variant.log"; then
    cat "$work/bug-$variant.log"
    fail "bug-$variant: the build failed without vouch's finding"
  elif [ -n "$(find "$work/bug-$variant" -name 'sizes.cpp.o')" ]; then
    fail "bug-$variant: sizes.cpp was compiled although vouch failed"
  else
    echo "bug-$variant: the build fails on vouch's finding"
  fi
done

if [ $failed -eq 0 ]; then
  echo "1 passed, 0 failed"
  rm -rf "$work"
else
  echo "0 passed, 1 failed"
fi
exit $failed
