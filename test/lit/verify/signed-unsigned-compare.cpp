// Comparisons between signed and unsigned operands follow the usual
// arithmetic conversions, not mathematics.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: -1 converts to UINT_MAX, so -1 < 1u is false
/// \post result == false
bool minus_one_below_one() { return -1 < 1u; }
// CHECK: :[[@LINE-1]]:30: remark: postcondition 'result == false' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// FALSE: every negative x converts to a large unsigned value, so x < 1u is false
/// \post result == (x < 1)
bool below_one(int x) { return x < 1u; }
// CHECK: :[[@LINE-1]]:25: warning: postcondition 'result == (x < 1)' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:6: note: counterexample: x = -22
// CHECK: :[[@LINE-4]]:25: note: returns false

// TRUE: long holds every unsigned int, so 1u converts to long and the comparison is signed
/// \post result == (x < 1)
bool below_one_long(long x) { return x < 1u; }
// CHECK: :[[@LINE-1]]:31: remark: postcondition 'result == (x < 1)' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// FALSE: i == INT_MIN converts to 2^31, which is below n == 2^31 + 1
/// \pre n == 2147483649u
/// \post result ==> i >= 0
bool in_range(int i, unsigned n) { return i < n; }
// CHECK: :[[@LINE-1]]:36: warning: postcondition 'result ==> i >= 0' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:6: note: counterexample: i = -2147483648, n = 2147483649
// CHECK: :[[@LINE-4]]:36: note: returns true

// TRUE: short and unsigned short both promote to int, so the comparison is exact
/// \post result == (s < 0 || s < u)
bool short_less(short s, unsigned short u) { return s < u; }
// CHECK: :[[@LINE-1]]:46: remark: postcondition 'result == (s < 0 || s < u)' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
