// Shifts: a count outside [0, width) is undefined; in C++20 a left shift of a
// signed value is otherwise defined (modulo 2^N) and >> is arithmetic.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: a negative count is undefined
int shift(int x, int n) { return x << n; }
// CHECK: :[[@LINE-1]]:36: warning: shift count out of range in 'x << n' (must be in [0, 32)) (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample: x = -23, n = -22

// TRUE: the precondition keeps the count in range
/// \pre n >= 0 && n < 32
unsigned ushift(unsigned x, int n) { return x >> n; }
// CHECK: :[[@LINE-1]]:47: remark: shift count out of range in 'x >> n' (must be in [0, 32)) cannot happen (proved) [contract-undefined-behavior]

// FALSE: shifting an int by its width, 32, is undefined
int by_width(int x) { return x >> 32; }
// CHECK: :[[@LINE-1]]:32: warning: shift count out of range in 'x >> 32' (must be in [0, 32)) (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample: x = -22

// FALSE: no undefined behaviour in C++20, but 2^30 << 1 wraps to INT_MIN
/// \pre x >= 0 && x <= 1073741824
/// \post result == 2LL * x
int dbl(int x) { return x << 1; }
// CHECK: :[[@LINE-1]]:18: warning: postcondition 'result == 2LL * x' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: x = 1073741824
// CHECK: :[[@LINE-4]]:18: note: returns -2147483648
// CHECK: :[[@LINE-5]]:27: remark: shift count out of range in 'x << 1' (must be in [0, 32)) cannot happen (proved) [contract-undefined-behavior]

// TRUE: >> on a negative int is arithmetic: x >> 31 is -1 or 0
/// \post result == (x < 0 ? -1 : 0)
int sign(int x) { return x >> 31; }
// CHECK: :[[@LINE-1]]:19: remark: postcondition 'result == (x < 0 ? -1 : 0)' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:28: remark: shift count out of range in 'x >> 31' (must be in [0, 32)) cannot happen (proved) [contract-undefined-behavior]

// TRUE: a 64-bit operand allows counts up to 63
/// \pre n < 64
unsigned long long wide(unsigned long long x, unsigned n) { return x << n; }
// CHECK: :[[@LINE-1]]:70: remark: shift count out of range in 'x << n' (must be in [0, 64)) cannot happen (proved) [contract-undefined-behavior]
