// The values of an enumeration without a fixed underlying type are those of
// the smallest bit-field that holds all its enumerators ([dcl.enum]/8); a
// value outside that range cannot be produced without undefined behaviour
// (static_cast to the enum is UB since C++17, CWG 1766).
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 10000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

enum Binary { Off, On };

// TRUE: Binary's values are [0, 1]
/// \post result >= 0 && result <= 1
int bit(Binary b) { return b; }
// CHECK: :[[@LINE-1]]:21: remark: postcondition 'result >= 0 && result <= 1' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

enum Sparse { One = 1, Four = 4 };

// TRUE: Sparse's values are [0, 7]
/// \post result < 8
int sparse(Sparse s) { return s; }
// CHECK: :[[@LINE-1]]:24: remark: postcondition 'result < 8' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

enum Signed { Minus = -1, Plus = 1 };

// TRUE: Signed's values are [-2, 1]
/// \post result >= -2 && result <= 1
int sign(Signed s) { return s; }
// CHECK: :[[@LINE-1]]:22: remark: postcondition 'result >= -2 && result <= 1' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
