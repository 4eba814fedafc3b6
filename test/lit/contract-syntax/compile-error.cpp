// A file that does not compile: Clang's error in clang-tidy's format, and
// exit status 1.
// RUN: not %vouch -checks='-*,contract-syntax' %s -- -std=c++20 > %t.out 2> %t.err
// RUN: FileCheck %s < %t.out
// RUN: FileCheck %s --check-prefix=STDERR < %t.err

int f(int x) {
  return x +;
  // CHECK: :[[@LINE-1]]:13: error: expected expression [clang-diagnostic-error]
}
// STDERR: Found compiler error(s).
