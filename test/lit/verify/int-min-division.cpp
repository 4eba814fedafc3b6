// INT_MIN / -1 and INT_MIN % -1 overflow: undefined behaviour even though
// the divisor is not zero.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'
#include <limits>

// FALSE: a == INT_MIN, b == -1: the quotient 2^31 is not an int
/// \pre b != 0
int quotient(int a, int b) { return a / b; }
// CHECK: :[[@LINE-1]]:39: warning: 'a / b' overflows: the minimum value divided by -1 (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample: a = -2147483648, b = -1
// CHECK: :[[@LINE-3]]:39: remark: division by zero in 'a / b' cannot happen (proved) [contract-undefined-behavior]

// FALSE: INT_MIN % -1 is undefined too (its quotient is not representable)
/// \pre b != 0
int remainder(int a, int b) { return a % b; }
// CHECK: :[[@LINE-1]]:40: warning: 'a % b' overflows: the minimum value divided by -1 (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample: a = -2147483648, b = -1
// CHECK: :[[@LINE-3]]:40: remark: division by zero in 'a % b' cannot happen (proved) [contract-undefined-behavior]

// TRUE: both undefined cases are excluded; dividing by 1 returns a
/// \pre b != 0 && !(a == std::numeric_limits<int>::min() && b == -1)
/// \post b == 1 ==> result == a
int safe_quotient(int a, int b) { return a / b; }
// CHECK: :[[@LINE-1]]:35: remark: postcondition 'b == 1 ==> result == a' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:44: remark: 'a / b' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:44: remark: division by zero in 'a / b' cannot happen (proved) [contract-undefined-behavior]

// FALSE: a constant divisor of -1 overflows for a == INT_MIN
int flip(int a) { return a / -1; }
// CHECK: :[[@LINE-1]]:28: warning: 'a / -1' overflows: the minimum value divided by -1 (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample: a = -2147483648
// CHECK: :[[@LINE-3]]:28: remark: division by zero in 'a / -1' cannot happen (proved) [contract-undefined-behavior]

// FALSE: the same holds for long long: LLONG_MIN / -1
long long lquotient(long long a, long long b) { return b == 0 ? 0 : a / b; }
// CHECK: :[[@LINE-1]]:71: warning: 'a / b' overflows: the minimum value divided by -1 (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:11: note: counterexample: a = -9223372036854775808, b = -1
// CHECK: :[[@LINE-3]]:71: remark: division by zero in 'a / b' cannot happen (proved) [contract-undefined-behavior]
