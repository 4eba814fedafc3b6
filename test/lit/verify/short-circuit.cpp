// && and || evaluate their right operand only when needed: an operation
// guarded by the left operand is checked only where it runs.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: b > 0 guards a / b, so neither division by zero nor INT_MIN / -1 can happen
/// \post result ==> b > 0
bool big_ratio(int a, int b) { return b > 0 && a / b > 1; }
// CHECK: :[[@LINE-1]]:32: remark: postcondition 'result ==> b > 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:50: remark: 'a / b' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:50: remark: division by zero in 'a / b' cannot happen (proved) [contract-undefined-behavior]

// FALSE: b != 0 rules out division by zero, but INT_MIN / -1 still overflows
bool ratio_ne(int a, int b) { return b != 0 && a / b > 1; }
// CHECK: :[[@LINE-1]]:50: warning: 'a / b' overflows: the minimum value divided by -1 (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:6: note: counterexample: a = -2147483648, b = -1
// CHECK: :[[@LINE-3]]:50: remark: division by zero in 'a / b' cannot happen (proved) [contract-undefined-behavior]

// FALSE: with || the right operand runs exactly when b == 0
bool wrong_guard(unsigned a, unsigned b) { return b != 0 || a / b > 1; }
// CHECK: :[[@LINE-1]]:63: warning: division by zero in 'a / b' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:6: note: counterexample: a = 9, b = 0

// FALSE: ++b is skipped when a <= 0, so b is unchanged only then
/// \pre b < 1000
/// \post result == b
int maybe_bump(int a, int b) {
  (a > 0) && (++b > 0);
  return b;
}
// CHECK: :[[@LINE-3]]:15: remark: signed overflow in '++b' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result == b' is violated [contract-postcondition]
// CHECK: :[[@LINE-7]]:11: note: postcondition written here
// CHECK: :[[@LINE-7]]:5: note: counterexample: a = 9, b = -22
// CHECK: :[[@LINE-6]]:3: note: returns -21
