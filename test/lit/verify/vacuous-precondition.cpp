// Preconditions that no input satisfies make every proof vacuous: vouch says
// so instead of reporting the (vacuous) proofs alone.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE (vacuous): no x is both positive and negative; the postcondition holds only vacuously
/// \pre x > 0
/// \pre x < 0
/// \post result == 42
int never(int x) { return x; }
// CHECK: :[[@LINE-1]]:5: warning: the preconditions of 'never' are unsatisfiable: no input meets them, so every proof about it is vacuous [contract-vacuous]
// CHECK: :[[@LINE-5]]:10: note: precondition written here
// CHECK: :[[@LINE-5]]:10: note: precondition written here
// CHECK: :[[@LINE-4]]:20: remark: postcondition 'result == 42' is proved [contract-postcondition]
// CHECK: :[[@LINE-6]]:11: note: postcondition written here

// FALSE (vacuous): an unsigned value is never negative
/// \pre u < 0u || u + 1 == 0 && u == 0
unsigned impossible(unsigned u) { return u; }
// CHECK: :[[@LINE-1]]:10: warning: the preconditions of 'impossible' are unsatisfiable: no input meets them, so every proof about it is vacuous [contract-vacuous]
// CHECK: :[[@LINE-3]]:10: note: precondition written here

// TRUE: satisfiable preconditions are not reported, and the postcondition is proved
/// \pre x > 0 && x < 10
/// \post result < 10
int fine(int x) { return x; }
// CHECK: :[[@LINE-1]]:19: remark: postcondition 'result < 10' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
