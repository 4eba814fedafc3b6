// Queries that Z3's SMT core does not settle within its quick limit go on to
// the bit-blasting solver and are decided there (verification.md, Options).
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: a product divided by a variable, rounded, stays within [0, 100]
/// \pre whole > 0 && whole <= 1000000
/// \pre part >= 0 && part <= whole
/// \post result >= 0 && result <= 100
int percent(int part, int whole) { return (part * 100 + whole / 2) / whole; }
// CHECK: :[[@LINE-1]]:36: remark: postcondition 'result >= 0 && result <= 100' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:49: remark: signed overflow in 'part * 100' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:55: remark: signed overflow in 'part * 100 + whole / 2' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:63: remark: 'whole / 2' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-6]]:63: remark: division by zero in 'whole / 2' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-7]]:68: remark: '(part * 100 + whole / 2) / whole' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-8]]:68: remark: division by zero in '(part * 100 + whole / 2) / whole' cannot happen (proved) [contract-undefined-behavior]

// FALSE: 1111 * 1111 = 1234321 ends in 4321
/// \pre x < 4096
/// \post result % 10000 != 4321 || result <= 1000000
unsigned square(unsigned x) { return x * x; }
// CHECK: :[[@LINE-1]]:31: warning: postcondition 'result % 10000 != 4321 || result <= 1000000' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:10: note: counterexample: x = {{[0-9]+}}
// CHECK: :[[@LINE-4]]:31: note: returns {{[0-9]+}}4321
