// In-body checks: assert(e), __VERIFIER_assert(e) and //@ assert e; are
// obligations at their point, assumed after it; __VERIFIER_assume(e) is
// assumed without a check.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'
#include <cassert>
extern "C" int __VERIFIER_nondet_int();
extern "C" void __VERIFIER_assume(int);
extern "C" void __VERIFIER_assert(int);

// TRUE, TRUE, FALSE: x & 0xff is in [0, 255], but may be 128 or more (-22 & 0xff == 234)
void low_byte(int x) {
  int y = x & 0xff;
  assert(y <= 255);
  __VERIFIER_assert(y >= 0);
  //@ assert y < 128;
}
// CHECK: :[[@LINE-4]]:3: remark: assertion 'y <= 255' is proved [contract-assertion]
// CHECK: :[[@LINE-4]]:3: remark: assertion 'y >= 0' is proved [contract-assertion]
// CHECK: :[[@LINE-4]]:14: warning: assertion 'y < 128' fails [contract-assertion]
// CHECK: :[[@LINE-9]]:6: note: counterexample: x = -22

// TRUE: the assumption bounds the nondeterministic value, the checked assertion is then assumed
int main() {
  int x = __VERIFIER_nondet_int();
  __VERIFIER_assume(x > 0 && x < 100);
  __VERIFIER_assert(x + 1 <= 100);
  assert(x != 100);
  return 0;
}
// CHECK: :[[@LINE-4]]:3: remark: assertion 'x + 1 <= 100' is proved [contract-assertion]
// CHECK: :[[@LINE-5]]:23: remark: signed overflow in 'x + 1' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:3: remark: assertion 'x != 100' is proved [contract-assertion]

// FALSE: 99 * 2 == 198 is not below 198
int twice_small() {
  int x = __VERIFIER_nondet_int();
  __VERIFIER_assume(x > 0 && x < 100);
  __VERIFIER_assert(x * 2 < 198);
  return x;
}
// CHECK: :[[@LINE-3]]:3: warning: assertion 'x * 2 < 198' fails [contract-assertion]
// CHECK: :[[@LINE-7]]:5: note: counterexample: __VERIFIER_nondet_int() at [[#@LINE-6]]:11 = 99
// CHECK: :[[@LINE-5]]:23: remark: signed overflow in 'x * 2' cannot happen (proved) [contract-undefined-behavior]

// FALSE: a global is an input: it need not still hold its initial value
int g = 5;
void check_global() { assert(g == 5); }
// CHECK: :[[@LINE-1]]:23: warning: assertion 'g == 5' fails [contract-assertion]
// CHECK: :[[@LINE-2]]:6: note: counterexample: g = -22
