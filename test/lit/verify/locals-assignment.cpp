// Local variables, plain assignment and the comma operator.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: swapping through a temporary exchanges the values
/// \post result == b - a
unsigned swapped_diff(unsigned a, unsigned b) {
  unsigned x = a, y = b;
  unsigned t = x;
  x = y;
  y = t;
  return x - y;
}
// CHECK: :[[@LINE-2]]:3: remark: postcondition 'result == b - a' is proved [contract-postcondition]
// CHECK: :[[@LINE-9]]:11: note: postcondition written here

// FALSE: the assignment to the parameter does not change what 'x' means in the postcondition (its entry value)
/// \post result == x
int reassign(int x) {
  x = 7;
  return x;
}
// CHECK: :[[@LINE-2]]:3: warning: postcondition 'result == x' is violated [contract-postcondition]
// CHECK: :[[@LINE-6]]:11: note: postcondition written here
// CHECK: :[[@LINE-6]]:5: note: counterexample: x = -22
// CHECK: :[[@LINE-5]]:3: note: returns 7

// TRUE: a chained assignment stores the same value in both locals
/// \post result == 0
int chained(int v) {
  int a, b;
  a = b = v;
  return a - b;
}
// CHECK: :[[@LINE-2]]:3: remark: postcondition 'result == 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-7]]:11: note: postcondition written here
// CHECK: :[[@LINE-4]]:12: remark: signed overflow in 'a - b' cannot happen (proved) [contract-undefined-behavior]

// TRUE: the comma operator yields its right operand, after the left one's store
/// \post result == 4
int comma(int x) { return (x = 3, x + 1); }
// CHECK: :[[@LINE-1]]:20: remark: postcondition 'result == 4' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:37: remark: signed overflow in 'x + 1' cannot happen (proved) [contract-undefined-behavior]
