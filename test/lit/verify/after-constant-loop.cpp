// A loop that always runs more iterations than are explored (a constant
// count above the bound) leaves no explored path after it. What follows is
// still checked, from any state the loop may leave: Unknown, never silent,
// never Proved, never Violated.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// UNKNOWN (really TRUE): eleven iterations
/// \post result == 11
int eleven() {
  int b = 0;
  for (; b < 11; ++b) {
  }
  return b;
}
// CHECK: :[[@LINE-4]]:18: warning: signed overflow in '++b' could not be decided: loop at [[#@LINE-4]]:3 not covered beyond 8 iterations [contract-unknown]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result == 11' could not be decided: a counterexample was found, but it may not be real: loop at [[#@LINE-5]]:3 not covered beyond 8 iterations [contract-unknown]
// CHECK: :8:11: note: postcondition written here

// UNKNOWN (really FALSE): the same loop, a wrong postcondition and an
// overflow after it
/// \post result == 12
int twelve(int v) {
  for (int b = 0; b < 11; ++b) {
  }
  return v + 1;
}
// CHECK: :[[@LINE-4]]:27: warning: signed overflow in '++b' could not be decided: loop at [[#@LINE-4]]:3 not covered beyond 8 iterations [contract-unknown]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result == 12' could not be decided: a counterexample was found, but it may not be real: loop at [[#@LINE-5]]:3 not covered beyond 8 iterations [contract-unknown]
// CHECK: :21:11: note: postcondition written here
// CHECK: :[[@LINE-5]]:12: warning: signed overflow in 'v + 1' could not be decided: a counterexample was found, but it may not be real: loop at [[#@LINE-7]]:3 not covered beyond 8 iterations [contract-unknown]
