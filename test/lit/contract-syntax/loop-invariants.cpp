// Loop invariants (ACSL and doc comment) see the locals declared before
// them; one that is not before a loop is reported.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

int sum(const int *a, int n) {
  int s = 0;
  //@ loop invariant 0 <= i <= n && s >= 0;
  for (int i = 0; i < n; ++i)
    s += a[i];
  int k = n;
  /// \invariant k >= 0 && k <= n
  while (k > 0)
    --k;
  //@ loop invariant k == 0 && total > 0;
  // CHECK: :[[@LINE-1]]:32: warning: use of undeclared identifier 'total' in a contract of 'sum' [contract-syntax]
  do {
    ++k;
  } while (k < 3);
  //@ loop invariant s >= 0;
  // CHECK: :[[@LINE-1]]:7: warning: 'loop invariant' must be written just before a loop [contract-syntax]
  s += 1;
  //@ assert s >= 1 && k == 3;
  return s;
}

//@ loop invariant x > 0;
// CHECK: :[[@LINE-1]]:5: warning: 'loop invariant' must be written just before a loop [contract-syntax]
void not_a_loop(int x);
