// Division and remainder by zero are undefined behaviour, for unsigned
// operands too.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: b == 0 divides by zero
unsigned ratio(unsigned a, unsigned b) { return a / b; }
// CHECK: :[[@LINE-1]]:51: warning: division by zero in 'a / b' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:10: note: counterexample: a = 9, b = 0

// TRUE: the precondition excludes 0 (and -1, so INT_MIN / -1 cannot happen)
/// \pre b > 0
/// \post b == 1 ==> result == a
int quotient(int a, int b) { return a / b; }
// CHECK: :[[@LINE-1]]:30: remark: postcondition 'b == 1 ==> result == a' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:39: remark: 'a / b' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:39: remark: division by zero in 'a / b' cannot happen (proved) [contract-undefined-behavior]

// TRUE: the guard makes the remainder defined; only b == 0 yields 0 without dividing
/// \post b != 0 || result == 0
unsigned wrap(unsigned a, unsigned b) { return b == 0 ? 0 : a % b; }
// CHECK: :[[@LINE-1]]:41: remark: postcondition 'b != 0 || result == 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:63: remark: division by zero in 'a % b' cannot happen (proved) [contract-undefined-behavior]

// FALSE: count == 0 passes the guard and reaches the division
int average(int sum, int count) {
  if (count < 0)
    return 0;
  return sum / count;
}
// CHECK: :[[@LINE-2]]:14: remark: 'sum / count' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:14: warning: division by zero in 'sum / count' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-7]]:5: note: counterexample: sum = -23, count = 0
// CHECK: :[[@LINE-7]]:7: note: 'count < 0' is false

// FALSE: the compound form divides too: y == 0
/// \post result <= x
unsigned shrink(unsigned x, unsigned y) {
  x /= y;
  return x;
}
// CHECK: :[[@LINE-3]]:5: warning: division by zero in 'x /= y' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:10: note: counterexample: x = 9, y = 0
// CHECK: :[[@LINE-4]]:3: remark: postcondition 'result <= x' is proved [contract-postcondition]
// CHECK: :[[@LINE-8]]:11: note: postcondition written here
