// A return ends the path: later code and later checks do not apply to it.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: each early return gives the sign
/// \post result == (x > 0) - (x < 0)
int classify(int x) {
  if (x < 0)
    return -1;
  if (x == 0)
    return 0;
  return 1;
}
// CHECK: :[[@LINE-5]]:5: remark: postcondition 'result == (x > 0) - (x < 0)' is proved [contract-postcondition]
// CHECK: :[[@LINE-9]]:11: note: postcondition written here
// CHECK: :[[@LINE-5]]:5: remark: postcondition 'result == (x > 0) - (x < 0)' is proved [contract-postcondition]
// CHECK: :[[@LINE-11]]:11: note: postcondition written here
// CHECK: :[[@LINE-6]]:3: remark: postcondition 'result == (x > 0) - (x < 0)' is proved [contract-postcondition]
// CHECK: :[[@LINE-13]]:11: note: postcondition written here

// FALSE: values below -100 leave early, before the negation
/// \post result >= 0
int magnitude(int x) {
  if (x < -100)
    return x;
  if (x < 0)
    return -x;
  return x;
}
// CHECK: :[[@LINE-5]]:5: warning: postcondition 'result >= 0' is violated [contract-postcondition]
// CHECK: :[[@LINE-9]]:11: note: postcondition written here
// CHECK: :[[@LINE-9]]:5: note: counterexample: x = -999
// CHECK: :[[@LINE-9]]:7: note: 'x < -100' is true
// CHECK: :[[@LINE-9]]:5: note: returns -999
// CHECK: :[[@LINE-8]]:5: remark: postcondition 'result >= 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-14]]:11: note: postcondition written here
// CHECK: :[[@LINE-10]]:12: remark: signed overflow in '-x' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-10]]:3: remark: postcondition 'result >= 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-17]]:11: note: postcondition written here

// FALSE: a path that reaches the closing brace of a non-void function is undefined
int positive_only(int x) {
  if (x > 0)
    return 1;
}
// CHECK: :[[@LINE-1]]:1: warning: control reaches the end of non-void function 'positive_only' without returning a value (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:5: note: counterexample: x = -22
// CHECK: :[[@LINE-5]]:7: note: 'x > 0' is false
