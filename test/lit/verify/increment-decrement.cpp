// Prefix and postfix ++ and --: value, side effect, and overflow.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: x++ yields the old value, ++x the new one
/// \pre x < 1000
/// \post result == 1
int post_vs_pre(int x) {
  int a = x++;
  int b = ++x;
  return b - a - 1;
}
// CHECK: :[[@LINE-4]]:12: remark: signed overflow in 'x++' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:11: remark: signed overflow in '++x' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:3: remark: postcondition 'result == 1' is proved [contract-postcondition]
// CHECK: :[[@LINE-9]]:11: note: postcondition written here
// CHECK: :[[@LINE-6]]:12: remark: signed overflow in 'b - a' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-7]]:16: remark: signed overflow in 'b - a - 1' cannot happen (proved) [contract-undefined-behavior]

// FALSE: --x on INT_MIN overflows
int before(int x) { return --x; }
// CHECK: :[[@LINE-1]]:28: warning: signed overflow in '--x' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample: x = -2147483648

// TRUE: unsigned -- wraps, and the wrap is undone by ++
/// \post result == x
unsigned down_up(unsigned x) {
  unsigned y = x;
  --y;
  y++;
  return y;
}
// CHECK: :[[@LINE-2]]:3: remark: postcondition 'result == x' is proved [contract-postcondition]
// CHECK: :[[@LINE-8]]:11: note: postcondition written here

// FALSE: ++ on a short is done in int and converted back: 32767 becomes -32768
/// \post result > s
short next(short s) { return ++s; }
// CHECK: :[[@LINE-1]]:23: warning: postcondition 'result > s' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:7: note: counterexample: s = 32767
// CHECK: :[[@LINE-4]]:23: note: returns -32768
// CHECK: :[[@LINE-5]]:30: remark: signed overflow in '++s' cannot happen (proved) [contract-undefined-behavior]
