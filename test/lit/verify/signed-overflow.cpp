// Signed overflow is undefined behaviour: each signed +, -, *, unary - and
// ++/-- is an obligation of its own.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: x == INT_MAX makes x + 1 overflow
int next(int x) { return x + 1; }
// CHECK: :[[@LINE-1]]:28: warning: signed overflow in 'x + 1' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample: x = 2147483647

// TRUE: the precondition keeps x + 1 in range, and then it is greater
/// \pre x < 2147483647
/// \post result > x
int next_checked(int x) { return x + 1; }
// CHECK: :[[@LINE-1]]:27: remark: postcondition 'result > x' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:36: remark: signed overflow in 'x + 1' cannot happen (proved) [contract-undefined-behavior]

// FALSE: x == INT_MIN makes -x overflow (the postcondition holds wherever -x is defined)
/// \post result >= 0
int magnitude(int x) {
  if (x > 0)
    return x;
  return -x;
}
// CHECK: :[[@LINE-3]]:5: remark: postcondition 'result >= 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-7]]:11: note: postcondition written here
// CHECK: :[[@LINE-4]]:3: remark: postcondition 'result >= 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-9]]:11: note: postcondition written here
// CHECK: :[[@LINE-6]]:10: warning: signed overflow in '-x' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-10]]:5: note: counterexample: x = -2147483648
// CHECK: :[[@LINE-10]]:7: note: 'x > 0' is false

// FALSE: 715827883 * 3 == 2147483649 exceeds INT_MAX (715827882 * 3 does not)
/// \pre x >= 715827882 && x <= 715827883
int triple(int x) { return x * 3; }
// CHECK: :[[@LINE-1]]:30: warning: signed overflow in 'x * 3' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample: x = 715827883

// TRUE: |x| <= 1000000 keeps x * 1000 within +-10^9
/// \pre x >= -1000000 && x <= 1000000
/// \post result >= -1000000000 && result <= 1000000000
int scale(int x) { return x * 1000; }
// CHECK: :[[@LINE-1]]:20: remark: postcondition 'result >= -1000000000 && result <= 1000000000' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:29: remark: signed overflow in 'x * 1000' cannot happen (proved) [contract-undefined-behavior]

// FALSE: 715827883 * -3 == -2147483649 is below INT_MIN (715827882 * -3 is not)
/// \pre x >= 715827882 && x <= 715827883
int negative_triple(int x) { return x * -3; }
// CHECK: :[[@LINE-1]]:39: warning: signed overflow in 'x * -3' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:5: note: counterexample: x = 715827883
