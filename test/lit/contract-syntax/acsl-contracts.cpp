// ACSL contracts before functions; chained relations; unsupported clauses
// are kept silently.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/*@ requires n > 0;
    requires 0 <= lo <= hi < n;
    ensures lo <= \result <= hi;
    assigns \nothing;
*/
int clamp_index(int n, int lo, int hi, int i);

/*@
  @ requires positive: x > 0;
  @ ensures \result == \old(x) + 1;
  @*/
int inc(int x);

//@ requires \result > 0;
// CHECK: :[[@LINE-1]]:14: warning: '\result' can only be used in a postcondition [contract-syntax]
int bad_result(int x);

//@ requires x > 0
// CHECK: :[[@LINE-1]]:19: warning: expected ';' at the end of the ACSL clause [contract-syntax]
void missing_semicolon(int x);

//@ require x > 0;
// CHECK: :[[@LINE-1]]:5: warning: unknown ACSL clause 'require'; expected 'requires', 'ensures', 'assert' or 'loop invariant' [contract-syntax]
void misspelled(int x);

/*@ requires \valid(p);
    behavior null: assumes p == 0; ensures \result == 0;
*/
int unsupported_is_silent(int *p);
