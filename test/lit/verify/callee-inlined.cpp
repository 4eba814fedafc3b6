// A callee without a contract but with a visible body is inlined: the caller
// sees exactly what it computes. What is checked inside it is reported once,
// by the callee's own verification.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE (on its own): x == 2^30 makes x * 2 overflow
static int twice(int x) { return x * 2; }
// CHECK: :[[@LINE-1]]:36: warning: signed overflow in 'x * 2' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:12: note: counterexample: x = 1073741824

// TRUE: the inlined body doubles a value in [0, 100]
/// \pre a >= 0 && a <= 100
/// \post result <= 200 && result == a + a
int use_twice(int a) { return twice(a); }
// CHECK: :[[@LINE-1]]:24: remark: postcondition 'result <= 200 && result == a + a' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

static unsigned clamp_low(int x) { return x < 0 ? 0 : x; }

// FALSE: the inlined body maps every x <= 0 to 0
/// \post result > 0
unsigned use_clamp(int a) { return clamp_low(a); }
// CHECK: :[[@LINE-1]]:29: warning: postcondition 'result > 0' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:10: note: counterexample: a = -22
// CHECK: :[[@LINE-4]]:29: note: returns 0

// TRUE: the inlined body returns a itself for every positive a
/// \post a <= 0 || result == a
unsigned use_clamp_id(int a) { return clamp_low(a); }
// CHECK: :[[@LINE-1]]:32: remark: postcondition 'a <= 0 || result == a' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
