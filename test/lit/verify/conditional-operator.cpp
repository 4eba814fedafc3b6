// The conditional operator ?: evaluates only the chosen operand.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: a >= b ? a : b is the maximum
/// \post result >= a && result >= b && (result == a || result == b)
int max_of(int a, int b) { return a >= b ? a : b; }
// CHECK: :[[@LINE-1]]:28: remark: postcondition 'result >= a && result >= b && (result == a || result == b)' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// FALSE: the minimum is b whenever b < a
/// \post result == a
int min_of(int a, int b) { return a < b ? a : b; }
// CHECK: :[[@LINE-1]]:28: warning: postcondition 'result == a' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: a = -19, b = -20
// CHECK: :[[@LINE-4]]:28: note: returns -20

// TRUE: the unchosen operand is not evaluated: 100 / x only runs when x != 0
/// \post x != 0 || result == 0
int guarded(int x) { return x == 0 ? 0 : 100 / x; }
// CHECK: :[[@LINE-1]]:22: remark: postcondition 'x != 0 || result == 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:46: remark: '100 / x' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:46: remark: division by zero in '100 / x' cannot happen (proved) [contract-undefined-behavior]

// FALSE: the side effect happens only in the chosen operand: ++y for x > 0
/// \pre y < 1000 && y > -1000
/// \post result == y - 1
int pick(int x, int y) { return x > 0 ? ++y : --y; }
// CHECK: :[[@LINE-1]]:26: warning: postcondition 'result == y - 1' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: x = 9, y = -22
// CHECK: :[[@LINE-4]]:26: note: returns -21
// CHECK: :[[@LINE-5]]:41: remark: signed overflow in '++y' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-6]]:47: remark: signed overflow in '--y' cannot happen (proved) [contract-undefined-behavior]

// FALSE: the operands -1 and 0u have the common type unsigned: -1 becomes 4294967295
/// \post result < 0 || !c
long pick_mixed(bool c) { return c ? -1 : 0u; }
// CHECK: :[[@LINE-1]]:27: warning: postcondition 'result < 0 || !c' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:6: note: counterexample: c = true
// CHECK: :[[@LINE-4]]:27: note: returns 4294967295
