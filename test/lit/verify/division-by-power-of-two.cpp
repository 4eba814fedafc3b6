// Signed division and remainder by a power of two round toward zero, as C++
// does, and not down, as an arithmetic shift does: vouch takes them by
// shifts, biasing a negative dividend first. Each verdict below depends on
// the rounding.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: an odd negative x / 2 rounds up: -99 / 2 is -49, and -98 > -99 (rounded
// down, the quotient would make this hold)
/// \pre x >= -100 && x <= 100
/// \post 2 * result <= x
int half(int x) { return x / 2; }
// CHECK: :[[@LINE-1]]:19: warning: postcondition '2 * result <= x' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: x = -99
// CHECK: :[[@LINE-4]]:19: note: returns -49
// CHECK: :[[@LINE-5]]:28: remark: 'x / 2' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-6]]:28: remark: division by zero in 'x / 2' cannot happen (proved) [contract-undefined-behavior]

// TRUE: the quotient times the divisor plus the remainder is the dividend
/// \pre x >= -1000 && x <= 1000
/// \post 8 * result + x % 8 == x
int eighth(int x) { return x / 8; }
// CHECK: :[[@LINE-1]]:21: remark: postcondition '8 * result + x % 8 == x' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:30: remark: 'x / 8' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:30: remark: division by zero in 'x / 8' cannot happen (proved) [contract-undefined-behavior]

// TRUE: the remainder has the dividend's sign (a rounding down would give 3 for -1)
/// \post x < 0 ? result <= 0 && result > -4 : result >= 0 && result < 4
int quarter_remainder(int x) { return x % 4; }
// CHECK: :[[@LINE-1]]:32: remark: postcondition 'x < 0 ? result <= 0 && result > -4 : result >= 0 && result < 4' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:41: remark: 'x % 4' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:41: remark: division by zero in 'x % 4' cannot happen (proved) [contract-undefined-behavior]
