// A callee with neither a body nor a contract returns an arbitrary value:
// obligations that depend on it are Unknown, the others are unaffected.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

int opaque(int x);

// UNKNOWN: nothing is known about what opaque returns
/// \post result >= 0
int depends(int a) { return opaque(a); }
// CHECK: :[[@LINE-1]]:22: warning: postcondition 'result >= 0' could not be decided: a counterexample was found, but it may not be real: the call to 'opaque' at [[#@LINE-1]]:29 has no visible body or contract [contract-unknown]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// TRUE: the returned value is discarded, a is returned
/// \post result == a
int ignores(int a) {
  opaque(a);
  return a;
}
// CHECK: :[[@LINE-2]]:3: remark: postcondition 'result == a' is proved [contract-postcondition]
// CHECK: :[[@LINE-6]]:11: note: postcondition written here

// TRUE: whatever opaque returns, the clamp bounds the result
/// \post result >= 0 && result <= 9
int clamped(int a) {
  int r = opaque(a);
  return r < 0 ? 0 : r > 9 ? 9 : r;
}
// CHECK: :[[@LINE-2]]:3: remark: postcondition 'result >= 0 && result <= 9' is proved [contract-postcondition]
// CHECK: :[[@LINE-6]]:11: note: postcondition written here
