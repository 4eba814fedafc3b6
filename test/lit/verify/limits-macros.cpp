// Object-like macros from <climits> (INT_MAX, INT_MIN, which expand to other
// macros) work in clauses, as contract-language.md says.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'
#include <climits>

// TRUE: the precondition keeps x + 1 in range
/// \pre x < INT_MAX
int next(int x) { return x + 1; }
// CHECK: :[[@LINE-1]]:28: remark: signed overflow in 'x + 1' cannot happen (proved) [contract-undefined-behavior]

// TRUE: the precondition excludes the one value whose negation overflows
/// \pre x != INT_MIN
int negate(int x) { return -x; }
// CHECK: :[[@LINE-1]]:28: remark: signed overflow in '-x' cannot happen (proved) [contract-undefined-behavior]

// TRUE: the doc's own example: both undefined divisions are excluded
/// \pre divisor != 0
/// \pre !(dividend == INT_MIN && divisor == -1)
int divide(int dividend, int divisor) { return dividend / divisor; }
// CHECK: :[[@LINE-1]]:57: remark: 'dividend / divisor' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:57: remark: division by zero in 'dividend / divisor' cannot happen (proved) [contract-undefined-behavior]

// FALSE: the postcondition fails for x == INT_MAX (0 is not greater)
/// \post result > 0
int saturate(int x) { return x == INT_MAX ? 0 : 1; }
// CHECK: :[[@LINE-1]]:23: warning: postcondition 'result > 0' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: x = 2147483647
// CHECK: :[[@LINE-4]]:23: note: returns 0
