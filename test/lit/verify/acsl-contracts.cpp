// ACSL contracts: requires / ensures with \result, and comparison chains that
// mean what they say in mathematics.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

/*@ requires 0 <= lo <= hi;
    ensures lo <= \result <= hi;
*/
// TRUE: the result is clamped to [lo, hi]
int clamp(int lo, int hi, int x) { return x < lo ? lo : x > hi ? hi : x; }
// CHECK: :[[@LINE-1]]:36: remark: postcondition 'lo <= \result <= hi' is proved [contract-postcondition]
// CHECK: :[[@LINE-5]]:13: note: postcondition written here

/*@ requires 0 <= lo <= hi;
    requires hi == 2147483647 && lo <= 1;
    ensures lo <= \result <= hi;
*/
// FALSE: lo + hi overflows for large bounds: 1 + INT_MAX
int midpoint(int lo, int hi) { return (lo + hi) / 2; }
// CHECK: :[[@LINE-1]]:32: remark: postcondition 'lo <= \result <= hi' is proved [contract-postcondition]
// CHECK: :[[@LINE-5]]:13: note: postcondition written here
// CHECK: :[[@LINE-3]]:43: warning: signed overflow in 'lo + hi' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:5: note: counterexample: lo = 1, hi = 2147483647
// CHECK: :[[@LINE-5]]:49: remark: '(lo + hi) / 2' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-6]]:49: remark: division by zero in '(lo + hi) / 2' cannot happen (proved) [contract-undefined-behavior]

/*@ requires 0 <= lo <= hi;
    ensures lo <= \result <= hi;
*/
// TRUE: lo + (hi - lo) / 2 never overflows
int safe_midpoint(int lo, int hi) { return lo + (hi - lo) / 2; }
// CHECK: :[[@LINE-1]]:37: remark: postcondition 'lo <= \result <= hi' is proved [contract-postcondition]
// CHECK: :[[@LINE-5]]:13: note: postcondition written here
// CHECK: :[[@LINE-3]]:47: remark: signed overflow in 'lo + (hi - lo) / 2' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:53: remark: signed overflow in 'hi - lo' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:59: remark: '(hi - lo) / 2' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-6]]:59: remark: division by zero in '(hi - lo) / 2' cannot happen (proved) [contract-undefined-behavior]

/*@ requires n >= 0;
    ensures \result == n + 1;
*/
// FALSE: n == INT_MAX makes n + 1 overflow (the postcondition itself holds where it is defined)
int successor(int n) { return n + 1; }
// CHECK: :[[@LINE-1]]:24: remark: postcondition '\result == n + 1' is proved [contract-postcondition]
// CHECK: :[[@LINE-5]]:13: note: postcondition written here
// CHECK: :[[@LINE-3]]:33: warning: signed overflow in 'n + 1' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:5: note: counterexample: n = 2147483647
