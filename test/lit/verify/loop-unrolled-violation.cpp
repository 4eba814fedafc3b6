// A loop without an invariant is unrolled up to 8 iterations: a violation
// within the bound is found, with one note per iteration.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: n == 7 runs the loop 7 times and returns 7
// UNKNOWN (really TRUE, s < n <= 20): '++s' needs up to 20 iterations
/// \pre n >= 0 && n <= 20
/// \post result < 5
int count_up(int n) {
  int s = 0;
  while (s < n)
    ++s;
  return s;
}
// CHECK: :[[@LINE-3]]:5: warning: signed overflow in '++s' could not be decided: loop at [[#@LINE-4]]:3 not covered beyond 8 iterations [contract-unknown]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result < 5' is violated [contract-postcondition]
// CHECK: :[[@LINE-9]]:11: note: postcondition written here
// CHECK: :[[@LINE-9]]:5: note: counterexample: n = 7
// CHECK: :[[@LINE-8]]:10: note: loop condition 's < n' is true: iteration 1 begins
// CHECK: :[[@LINE-9]]:10: note: loop condition 's < n' is true: iteration 7 begins
// CHECK: :[[@LINE-10]]:10: note: loop condition 's < n' is false: the loop ends after 7 iterations
// CHECK: :[[@LINE-9]]:3: note: returns 7

// FALSE: n-- > 0 leaves n at -1 whenever the loop ends (n == 0: no iteration)
/// \pre n >= 0 && n <= 6
/// \post result == 0
int drain(int n) {
  while (n-- > 0) {
  }
  return n;
}
// CHECK: :[[@LINE-4]]:11: remark: signed overflow in 'n--' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result == 0' is violated [contract-postcondition]
// CHECK: :[[@LINE-8]]:11: note: postcondition written here
// CHECK: :[[@LINE-8]]:5: note: counterexample: n = 2
// CHECK: :[[@LINE-8]]:10: note: loop condition 'n-- > 0' is true: iteration 1 begins
// CHECK: :[[@LINE-9]]:10: note: loop condition 'n-- > 0' is false: the loop ends after 2 iterations
// CHECK: :[[@LINE-8]]:3: note: returns -1

// TRUE: at most 3 iterations, all unrolled: s == 2 * n
/// \pre n >= 0 && n <= 3
/// \post result == 2 * n
int doubled(int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += 2;
  return s;
}
// CHECK: :[[@LINE-4]]:26: remark: signed overflow in '++i' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:7: remark: signed overflow in 's += 2' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:3: remark: postcondition 'result == 2 * n' is proved [contract-postcondition]
// CHECK: :[[@LINE-10]]:11: note: postcondition written here
