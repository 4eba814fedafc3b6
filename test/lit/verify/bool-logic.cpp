// bool parameters, logical operators, and bool <-> int conversions.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: for bools, a ^ b is true exactly when a != b
/// \post result == (a != b)
bool exclusive(bool a, bool b) { return a ^ b; }
// CHECK: :[[@LINE-1]]:34: remark: postcondition 'result == (a != b)' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// FALSE: a = false, b = true gives a && b == false but a || b == true
/// \post result == (a || b)
bool both(bool a, bool b) { return a && b; }
// CHECK: :[[@LINE-1]]:29: warning: postcondition 'result == (a || b)' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:6: note: counterexample: a = false, b = true
// CHECK: :[[@LINE-4]]:29: note: returns false

// FALSE: bool promotes to int 0 or 1, so true + a is 1 when a is false
/// \post result == 2
int sum(bool a) { return true + a; }
// CHECK: :[[@LINE-1]]:19: warning: postcondition 'result == 2' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: a = false
// CHECK: :[[@LINE-4]]:19: note: returns 1
// CHECK: :[[@LINE-5]]:31: remark: signed overflow in 'true + a' cannot happen (proved) [contract-undefined-behavior]

// TRUE: converting an int to bool yields x != 0
/// \post result
bool truthy(int x) {
  bool b = x;
  return b == (x != 0);
}
// CHECK: :[[@LINE-2]]:3: remark: postcondition 'result' is proved [contract-postcondition]
// CHECK: :[[@LINE-6]]:11: note: postcondition written here

// TRUE: !!x normalises any int to 0 or 1
/// \post result == 0 || result == 1
int normalise(int x) { return !!x; }
// CHECK: :[[@LINE-1]]:24: remark: postcondition 'result == 0 || result == 1' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
