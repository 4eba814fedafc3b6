// long, unsigned long, long long: 64-bit on this target.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: a == 2^62 makes a * 2 overflow long
/// \pre a >= 0 && a <= 4611686018427387904
long twice(long a) { return a * 2; }
// CHECK: :[[@LINE-1]]:31: warning: signed overflow in 'a * 2' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:6: note: counterexample: a = 4611686018427387904

// FALSE: unsigned long wraps: ULONG_MAX + 1 == 0
/// \post result >= a
unsigned long bump(unsigned long a) { return a + 1; }
// CHECK: :[[@LINE-1]]:39: warning: postcondition 'result >= a' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:15: note: counterexample: a = 18446744073709551615
// CHECK: :[[@LINE-4]]:39: note: returns 0

// FALSE: LLONG_MAX + 1 overflows
/// \pre b == 1
long long add(long long a, long long b) { return a + b; }
// CHECK: :[[@LINE-1]]:52: warning: signed overflow in 'a + b' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:11: note: counterexample: a = 9223372036854775807, b = 1

// TRUE: the sum of two ints, computed in long long, cannot overflow and is at most 2 * INT_MAX
/// \post result <= 4294967294LL
long long wide(int a, int b) { return static_cast<long long>(a) + b; }
// CHECK: :[[@LINE-1]]:32: remark: postcondition 'result <= 4294967294LL' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:65: remark: signed overflow in 'static_cast<long long>(a) + b' cannot happen (proved) [contract-undefined-behavior]

// TRUE: converting a long to int keeps the value modulo 2^32, as static_cast does
/// \post result == static_cast<int>(l)
int narrow(long l) {
  int i = l;
  return i;
}
// CHECK: :[[@LINE-2]]:3: remark: postcondition 'result == static_cast<int>(l)' is proved [contract-postcondition]
// CHECK: :[[@LINE-6]]:11: note: postcondition written here
