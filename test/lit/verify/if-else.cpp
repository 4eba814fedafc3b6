// if / else if / else: each path is checked, and a counterexample names the
// branches it takes.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: the result is clamped to [0, 100] on every path
/// \post result >= 0 && result <= 100
int clamp(int x) {
  if (x < 0)
    return 0;
  else if (x > 100)
    return 100;
  return x;
}
// CHECK: :[[@LINE-5]]:5: remark: postcondition 'result >= 0 && result <= 100' is proved [contract-postcondition]
// CHECK: :[[@LINE-9]]:11: note: postcondition written here
// CHECK: :[[@LINE-5]]:5: remark: postcondition 'result >= 0 && result <= 100' is proved [contract-postcondition]
// CHECK: :[[@LINE-11]]:11: note: postcondition written here
// CHECK: :[[@LINE-6]]:3: remark: postcondition 'result >= 0 && result <= 100' is proved [contract-postcondition]
// CHECK: :[[@LINE-13]]:11: note: postcondition written here

// FALSE: x == 0 falls through both tests and gets 1, not 0
/// \post (x == 0) == (result == 0)
int sign(int x) {
  int s = 1;
  if (x > 0)
    s = 1;
  else if (x < 0)
    s = -1;
  return s;
}
// CHECK: :[[@LINE-2]]:3: warning: postcondition '(x == 0) == (result == 0)' is violated [contract-postcondition]
// CHECK: :[[@LINE-10]]:11: note: postcondition written here
// CHECK: :[[@LINE-10]]:5: note: counterexample: x = 0
// CHECK: :[[@LINE-9]]:7: note: 'x > 0' is false
// CHECK: :[[@LINE-8]]:12: note: 'x < 0' is false
// CHECK: :[[@LINE-7]]:3: note: returns 1

// FALSE: the else branch is taken for x <= 10, where x + 5 may be below 10
/// \post result >= 10
int at_least_ten(int x) {
  int r = 0;
  if (x > 10)
    r = x;
  else
    r = x + 5;
  return r;
}
// CHECK: :[[@LINE-3]]:11: remark: signed overflow in 'x + 5' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result >= 10' is violated [contract-postcondition]
// CHECK: :[[@LINE-11]]:11: note: postcondition written here
// CHECK: :[[@LINE-11]]:5: note: counterexample: x = -22
// CHECK: :[[@LINE-10]]:7: note: 'x > 10' is false
// CHECK: :[[@LINE-7]]:3: note: returns -17
