// vouch reads ACSL in C translation units too.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c11 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/*@ requires 0 <= n <= 100;
    ensures \result >= 0;
*/
int triangle(int n) {
  int t = 0;
  //@ loop invariant 0 <= i <= n + 1;
  for (int i = 0; i <= n; i++)
    t += i;
  return t;
}

/*@ requires len > 0;
    ensures \result == buf[0] + undefined_name;
*/
// CHECK: :[[@LINE-2]]:33: warning: use of undeclared identifier 'undefined_name' in a contract of 'first' [contract-syntax]
int first(const int *buf, int len);
