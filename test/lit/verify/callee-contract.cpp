// A callee with a contract: its preconditions are checked at each call, its
// postconditions are assumed after it.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

/// \pre x >= 0
/// \post result >= x
int grow(int x);

// FALSE: a negative a violates grow's precondition
int pass_through(int a) { return grow(a); }
// CHECK: :[[@LINE-1]]:34: warning: call to 'grow' violates its precondition 'x >= 0' [contract-precondition]
// CHECK: :[[@LINE-7]]:10: note: precondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: a = -22

// TRUE: a >= 0 meets the precondition, and result >= a >= 0 follows from the postcondition
/// \pre a >= 0
/// \post result >= 0
int checked(int a) { return grow(a); }
// CHECK: :[[@LINE-1]]:22: remark: postcondition 'result >= 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:29: remark: precondition 'x >= 0' of 'grow' is proved [contract-precondition]
// CHECK: :[[@LINE-17]]:10: note: precondition written here

/// \pre b != 0
int divide(int a, int b);

// FALSE: b == 1 makes the argument b - 1 zero
/// \pre b > 0
int off_by_one(int a, int b) { return divide(a, b - 1); }
// CHECK: :[[@LINE-1]]:39: warning: call to 'divide' violates its precondition 'b != 0' [contract-precondition]
// CHECK: :[[@LINE-7]]:10: note: precondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: a = -23, b = 1
// CHECK: :[[@LINE-4]]:51: remark: signed overflow in 'b - 1' cannot happen (proved) [contract-undefined-behavior]

// UNKNOWN (unknowable here): grow has no body, and its contract allows a result of 5 or more
/// \pre a >= 0 && a < 5
/// \post result < 5
int too_strong(int a) { return grow(a); }
// CHECK: :[[@LINE-1]]:25: warning: postcondition 'result < 5' could not be decided: a counterexample was found, but it may not be real: the call to 'grow' at [[#@LINE-1]]:32 is modelled by its contract [contract-unknown]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:32: remark: precondition 'x >= 0' of 'grow' is proved [contract-precondition]
// CHECK: :[[@LINE-37]]:10: note: precondition written here
