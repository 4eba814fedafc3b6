// GSL's contracts as users write them, with the real <gsl/gsl> (Debian's
// libmsgsl-dev): a leading Expects is the function's precondition, checked
// at every call and assumed in the body; Ensures is an assertion at its
// point. Recognised by the macro's name where it is written, after
// GSL_CONTRACT_CHECK's expansion.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'
#include <gsl/gsl>

// FALSE: percent may be 100, and 300 is not below 300.
int scale(int percent) {
  Expects(percent >= 0 && percent <= 100);
  int r = percent * 3;
  // CHECK: :[[@LINE-1]]:19: remark: signed overflow in 'percent * 3' cannot happen (proved) [contract-undefined-behavior]
  Ensures(r < 300);
  // CHECK: :[[@LINE-1]]:3: warning: assertion 'r < 300' fails [contract-assertion]
  // CHECK: :[[@LINE-6]]:5: note: counterexample: percent = 100
  return r;
}

// FALSE: 101 is out of range.
int too_much() { return scale(101); }
// CHECK: :[[@LINE-1]]:25: warning: call to 'scale' violates its precondition 'percent >= 0 && percent <= 100' [contract-precondition]
// CHECK: :11:11: note: precondition written here

// TRUE
int half() { return scale(50); }
// CHECK: :[[@LINE-1]]:21: remark: precondition 'percent >= 0 && percent <= 100' of 'scale' is proved [contract-precondition]
// CHECK: :11:11: note: precondition written here

// TRUE: the precondition bounds the product.
int safe_scale(int percent) {
  Expects(percent >= 0 && percent <= 100);
  int r = percent * 3;
  // CHECK: :[[@LINE-1]]:19: remark: signed overflow in 'percent * 3' cannot happen (proved) [contract-undefined-behavior]
  Ensures(r <= 300);
  // CHECK: :[[@LINE-1]]:3: remark: assertion 'r <= 300' is proved [contract-assertion]
  return r;
}
