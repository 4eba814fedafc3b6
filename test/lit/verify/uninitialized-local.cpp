// A local declared without an initializer and assigned on every path before
// it is read has a well-defined value at the read.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 10000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: x == -20 takes the else branch and returns -15
/// \post result >= 10
int at_least_ten(int x) {
  int r;
  if (x > 10)
    r = x;
  else
    r = x + 5;
  return r;
}
// CHECK: :[[@LINE-3]]:11: remark: signed overflow in 'x + 5' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result >= 10' is violated [contract-postcondition]
// CHECK: :[[@LINE-11]]:11: note: postcondition written here
// CHECK: :[[@LINE-11]]:5: note: counterexample: x = {{-?[0-9]+}}
// CHECK: :[[@LINE-10]]:7: note: 'x > 10' is false
// CHECK: :[[@LINE-7]]:3: note: returns {{-?[0-9]+}}

// FALSE: y / x divides by zero when x == 0 (y is then 0)
int ratio(int x) {
  int y;
  if (x > 0)
    y = 1;
  else
    y = 0;
  return y / x;
}
// CHECK: :[[@LINE-2]]:12: remark: 'y / x' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:12: warning: division by zero in 'y / x' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-10]]:5: note: counterexample: x = 0
