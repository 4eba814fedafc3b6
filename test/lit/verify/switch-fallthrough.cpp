// switch: case labels, fallthrough, break, and a default anywhere.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: case 1 falls through into case 2 and returns 1 + 2
/// \post result != 3
int accumulate(int op) {
  int r = 0;
  switch (op) {
  case 1:
    r += 1;
  case 2:
    r += 2;
    break;
  default:
    r = 7;
  }
  return r;
}
// CHECK: :[[@LINE-9]]:7: remark: signed overflow in 'r += 1' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-8]]:7: remark: signed overflow in 'r += 2' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:3: warning: postcondition 'result != 3' is violated [contract-postcondition]
// CHECK: :[[@LINE-17]]:11: note: postcondition written here
// CHECK: :[[@LINE-17]]:5: note: counterexample: op = 1
// CHECK: :[[@LINE-15]]:3: note: switch on 'op' jumps to 'case 1'
// CHECK: :[[@LINE-8]]:3: note: returns 3
// FALSE: a default in the middle falls through into the case after it: 0 + 2 + 3
/// \post result != 5
int middle_default(int k) {
  int r = 0;
  switch (k) {
  case 1:
    r = 1;
  default:
    r += 2;
  case 3:
    r += 3;
    break;
  case 4:
    r = 9;
  }
  return r;
}
// CHECK: :[[@LINE-9]]:7: remark: signed overflow in 'r += 2' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-8]]:7: remark: signed overflow in 'r += 3' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:3: warning: postcondition 'result != 5' is violated [contract-postcondition]
// CHECK: :[[@LINE-19]]:11: note: postcondition written here
// CHECK: :[[@LINE-19]]:5: note: counterexample: k = -22
// CHECK: :[[@LINE-15]]:3: note: switch on 'k' jumps to 'default'
// CHECK: :[[@LINE-8]]:3: note: returns 5

// TRUE: every case breaks, and a value without a case leaves r at 0
/// \post result >= 0 && result <= 20
int table(int d) {
  int r = 0;
  switch (d) { case 0: r = 10; break; case 1: r = 20; break; }
  return r;
}
// CHECK: :[[@LINE-2]]:3: remark: postcondition 'result >= 0 && result <= 20' is proved [contract-postcondition]
// CHECK: :[[@LINE-7]]:11: note: postcondition written here
