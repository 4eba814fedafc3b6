// Pointers, floating point and arrays are not modelled: what depends on them
// is Unknown with the construct named, never Proved.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// UNKNOWN (really TRUE): the result is 0 or 1 whatever p is
/// \post result >= 0
int is_set(const int *p) { return p ? 1 : 0; }
// CHECK: :[[@LINE-1]]:28: warning: postcondition 'result >= 0' could not be decided: 'p' at [[#@LINE-1]]:35 is not modelled [contract-unknown]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// UNKNOWN (really FALSE): for d = NaN, d * d + 1.0 is NaN, and NaN > 0 is false
/// \post result > 0
double square_plus_one(double d) { return d * d + 1.0; }
// CHECK: :[[@LINE-1]]:36: warning: postcondition 'result > 0' could not be decided: 'd' at [[#@LINE-1]]:43 is not modelled [contract-unknown]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// UNKNOWN (really TRUE): the array holds zeros
/// \post result == 0
int middle() {
  int a[3] = {0, 0, 0};
  return a[1];
}
// CHECK: :[[@LINE-2]]:3: warning: postcondition 'result == 0' could not be decided: variable 'a' of type 'int[3]' at [[#@LINE-3]]:7 is not modelled [contract-unknown]
// CHECK: :[[@LINE-6]]:11: note: postcondition written here

// UNKNOWN (really TRUE): a float comparison still yields 0 or 1
/// \post result == 0 || result == 1
int positive(float f) { return f > 0 ? 1 : 0; }
// CHECK: :[[@LINE-1]]:25: warning: postcondition 'result == 0 || result == 1' could not be decided: 'f' at [[#@LINE-1]]:32 is not modelled [contract-unknown]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// UNKNOWN (really TRUE): the reference parameter is not modelled
/// \post result == x
int copy(const int &x) { return x; }
// CHECK: :[[@LINE-1]]:26: warning: postcondition 'result == x' could not be decided: reference parameter 'x' at [[#@LINE-1]]:21 is not modelled [contract-unknown]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
