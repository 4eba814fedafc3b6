// assert, GSL Expects/Ensures (the real <gsl/gsl>), and the SV-COMP
// functions are clauses at their program points.
// RUN: %vouch extract %s -- -std=c++20 | FileCheck %s
#include <cassert>
#include <gsl/gsl>

extern "C" void __VERIFIER_assert(int);
extern "C" void __VERIFIER_assume(int);

int f(int x) {
  Expects(x > 0);
  __VERIFIER_assume(x < 100);
  int y = x * 2;
  assert(y > x && "doubling grows");
  Expects(y != 0);
  __VERIFIER_assert(y != 0);
  Ensures(y >= 2);
  return y;
}

// CHECK: - name: f
// CHECK: - kind: precondition
// CHECK-NEXT: origin: gsl-expects
// CHECK-NEXT: status: formal
// CHECK-NEXT: text: x > 0
// CHECK: line: 11
// CHECK-NEXT: column: 11
// CHECK: - kind: assumption
// CHECK-NEXT: origin: verifier-assume
// CHECK: text: x < 100
// CHECK: - kind: assertion
// CHECK-NEXT: origin: assert
// CHECK: text: y > x && "doubling grows"
// CHECK: ref:
// CHECK-NEXT: kind: local
// CHECK-NEXT: name: y
// CHECK: - kind: assertion
// CHECK-NEXT: origin: gsl-expects
// CHECK: text: y != 0
// CHECK: - kind: assertion
// CHECK-NEXT: origin: verifier-assert
// CHECK: - kind: assertion
// CHECK-NEXT: origin: gsl-ensures
// CHECK: text: y >= 2
