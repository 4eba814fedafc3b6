// C structs are records: their members resolve in ACSL clauses (no
// contract-syntax warning), and vouch says what it cannot verify.
// RUN: %vouch -checks='-*,contract-syntax,contract-unknown' %s -- -std=c11 | FileCheck %s -implicit-check-not='{{warning|error}}:'

struct limits { int max; } lim;

/*@ requires n >= 0 && n <= lim.max; */
int clamp(int n) {
  int i = 0;
  //@ loop invariant i <= lim.max;
  while (i < n)
    i++;
  return i;
}
// CHECK: :[[@LINE-4]]:3: warning: loop invariant 'i <= lim.max' on entry to the loop could not be decided: member access 'lim.max' on another object is not modelled in contracts [contract-unknown]
// CHECK: :[[@LINE-5]]:3: warning: loop invariant 'i <= lim.max' preserved by the loop body could not be decided: member access 'lim.max' on another object is not modelled in contracts [contract-unknown]
// CHECK: :[[@LINE-5]]:6: warning: signed overflow in 'i++' could not be decided: {{.*}} [contract-unknown]
