// Compound assignment: the same checks as the binary operator, then the
// conversion back to the left operand's type.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: r /= 2 is r = r / 2, truncating toward zero like x / 2
/// \post result == x / 2
int halve(int x) {
  int r = x;
  r /= 2;
  return r;
}
// CHECK: :[[@LINE-3]]:5: remark: 'r /= 2' overflows: the minimum value divided by -1 cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:5: remark: division by zero in 'r /= 2' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:3: remark: postcondition 'result == x / 2' is proved [contract-postcondition]
// CHECK: :[[@LINE-9]]:11: note: postcondition written here

// FALSE: 715827883 * 3 == 2147483649 overflows (715827882 * 3 does not)
/// \pre x >= 715827882 && x <= 715827883
int triple_minus_one(int x) {
  x *= 3;
  x -= 1;
  return x;
}
// CHECK: :[[@LINE-4]]:5: warning: signed overflow in 'x *= 3' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-6]]:5: note: counterexample: x = 715827883
// CHECK: :[[@LINE-5]]:5: remark: signed overflow in 'x -= 1' cannot happen (proved) [contract-undefined-behavior]

// TRUE: c += 300 is computed in int and stored modulo 256: no undefined behaviour
/// \post result <= 255
int bump_byte(unsigned char c) {
  c += 300;
  return c;
}
// CHECK: :[[@LINE-3]]:5: remark: signed overflow in 'c += 300' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:3: remark: postcondition 'result <= 255' is proved [contract-postcondition]
// CHECK: :[[@LINE-7]]:11: note: postcondition written here

// FALSE: x %= y is undefined for y == 0 (and for INT_MIN % -1)
int wrap(int x, int y) {
  x %= y;
  return x;
}
// CHECK: :[[@LINE-3]]:5: warning: 'x %= y' overflows: the minimum value divided by -1 (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:5: note: counterexample: x = -2147483648, y = -1
// CHECK: :[[@LINE-5]]:5: warning: division by zero in 'x %= y' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-7]]:5: note: counterexample: x = -23, y = 0
