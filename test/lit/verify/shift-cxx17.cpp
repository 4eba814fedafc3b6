// Before C++20, E1 << E2 with a signed E1 is undefined when E1 is negative or
// when E1 * 2^E2 is not representable in the unsigned type of the result.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++17 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: any negative x is undefined; 2^30 << 1 == 2^31 fits in unsigned and is defined
int dbl(int x) { return x << 1; }
// CHECK: :[[@LINE-1]]:27: warning: left shift of a negative value in 'x << 1' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample: x = -22
// CHECK: :[[@LINE-3]]:27: remark: shift count out of range in 'x << 1' (must be in [0, 32)) cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:27: remark: signed overflow in 'x << 1' cannot happen (proved) [contract-undefined-behavior]

// FALSE: x == 2^30 gives 2^32, which not even unsigned int represents
/// \pre x >= 0 && x <= 1073741824
int quad(int x) { return x << 2; }
// CHECK: :[[@LINE-1]]:28: remark: left shift of a negative value in 'x << 2' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:28: remark: shift count out of range in 'x << 2' (must be in [0, 32)) cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:28: warning: signed overflow in 'x << 2' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:5: note: counterexample: x = 1073741824

// TRUE: a non-negative x below 2^30 doubles without leaving int
/// \pre x >= 0 && x < 1073741824
/// \post result >= 0
int safe_dbl(int x) { return x << 1; }
// CHECK: :[[@LINE-1]]:23: remark: postcondition 'result >= 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:32: remark: left shift of a negative value in 'x << 1' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:32: remark: shift count out of range in 'x << 1' (must be in [0, 32)) cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:32: remark: signed overflow in 'x << 1' cannot happen (proved) [contract-undefined-behavior]
