// Unsigned arithmetic wraps modulo 2^N: defined behaviour, never reported as
// undefined, but it breaks naive postconditions.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: the sum wraps past UINT_MAX: UINT_MAX + 1 == 0
/// \pre b == 1
/// \post result >= a
unsigned add(unsigned a, unsigned b) { return a + b; }
// CHECK: :[[@LINE-1]]:40: warning: postcondition 'result >= a' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:10: note: counterexample: a = 4294967295, b = 1
// CHECK: :[[@LINE-4]]:40: note: returns 0

// TRUE: wrapping is undone exactly: (a + b) - b == a modulo 2^32
/// \post result == a
unsigned undo(unsigned a, unsigned b) { return (a + b) - b; }
// CHECK: :[[@LINE-1]]:41: remark: postcondition 'result == a' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// TRUE: -x is 2^32 - x, so x + -x wraps to 0
/// \post result + x == 0
unsigned negate(unsigned x) { return -x; }
// CHECK: :[[@LINE-1]]:31: remark: postcondition 'result + x == 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// FALSE: x == 0 wraps to UINT_MAX on x--, then x + 1 wraps back to 0
/// \post result > 0
unsigned down_up(unsigned x) {
  x--;
  return x + 1;
}
// CHECK: :[[@LINE-2]]:3: warning: postcondition 'result > 0' is violated [contract-postcondition]
// CHECK: :[[@LINE-6]]:11: note: postcondition written here
// CHECK: :[[@LINE-6]]:10: note: counterexample: x = 0
// CHECK: :[[@LINE-5]]:3: note: returns 0

// TRUE: the difference of two unsigned values is below 2^32 whatever their order
/// \post result <= 4294967295u
unsigned long long diff(unsigned a, unsigned b) { return a - b; }
// CHECK: :[[@LINE-1]]:51: remark: postcondition 'result <= 4294967295u' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
