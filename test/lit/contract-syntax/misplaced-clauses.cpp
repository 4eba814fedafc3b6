// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/// \invariant x > 0
// CHECK: :[[@LINE-1]]:5: warning: '\invariant' here is neither a class invariant nor a loop invariant; write it on the class, or just before a loop [contract-syntax]
void f(int x);

/// \pre value > 0
// CHECK: :[[@LINE-1]]:5: warning: '\pre' on a class; write it on one of its member functions [contract-syntax]
struct S {
  int value;
};

int sum(int n) {
  int s = 0;
  /// \pre n > 0
  // CHECK: :[[@LINE-1]]:7: warning: '\pre' inside a function body; write it in the comment before the function [contract-syntax]
  s += n;
  return s;
}

/// \pre
// CHECK: :[[@LINE-1]]:5: warning: '\pre' has no expression [contract-syntax]
void h();
