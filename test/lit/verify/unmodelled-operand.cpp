// An operation whose operand vouch does not model is still checked: the
// operand takes any value of its type, and as after any code not modelled
// the verdict is Unknown with that operand as the reason, never silent.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// UNKNOWN (really FALSE for *p == INT_MAX): the + is checked
/// \pre x < 10
int next(const int *p, int x) { return *p + x; }
// CHECK: :[[@LINE-1]]:43: warning: signed overflow in '*p + x' could not be decided: 'p' at [[#@LINE-1]]:41 is not modelled [contract-unknown]

// UNKNOWN (really FALSE for *p == 0): both checks of the division
/// \pre d > 0
int ratio(const int *p, int d) { return d / *p; }
// CHECK: :[[@LINE-1]]:43: warning: 'd / *p' overflows: the minimum value divided by -1 could not be decided: 'p' at [[#@LINE-1]]:46 is not modelled [contract-unknown]
// CHECK: :[[@LINE-2]]:43: warning: division by zero in 'd / *p' could not be decided: 'p' at [[#@LINE-2]]:46 is not modelled [contract-unknown]

// Proved before the code not modelled, Unknown after it.
/// \pre x > -100 && x < 100
int twice_then(const int *p, int x) {
  int y = x * 2;
  return y + *p;
}
// CHECK: :[[@LINE-2]]:12: warning: signed overflow in 'y + *p' could not be decided: 'p' at [[#@LINE-2]]:15 is not modelled [contract-unknown]
