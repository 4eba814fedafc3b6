// An operation written in a macro's argument is reported where it is
// written, with its own text; one in the macro's body, where the macro is
// used, as the macro's text (as clang does).
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'
#include <cassert>
#define TWICE_PLUS_ONE(x) (x * 2 + 1)

// FALSE, FALSE: m + 1 overflows at INT_MAX, and m + 1 > n fails for m < n
int at_least(int m, int n) {
  assert(m + 1 > n);
  return m;
}
// CHECK: :[[@LINE-3]]:3: warning: assertion 'm + 1 > n' fails [contract-assertion]
// CHECK: :[[@LINE-5]]:5: note: counterexample:
// CHECK: :[[@LINE-5]]:12: warning: signed overflow in 'm + 1' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-7]]:5: note: counterexample: m = 2147483647

// FALSE: the operations are the macro's
int odd(int x) { return TWICE_PLUS_ONE(x); }
// CHECK: :[[@LINE-1]]:25: warning: signed overflow in 'TWICE_PLUS_ONE(x)' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample:

// FALSE: an argument that is itself an operation
int odd_of_sum(int a, int b) { return TWICE_PLUS_ONE((a - b)); }
// CHECK: :[[@LINE-1]]:39: warning: signed overflow in 'TWICE_PLUS_ONE((a - b))' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample:
// CHECK: :[[@LINE-3]]:57: warning: signed overflow in 'a - b' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:5: note: counterexample:
