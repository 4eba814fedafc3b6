// short and unsigned short: promoted to int for arithmetic, converted back
// modulo 2^16 on return.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: x == 32767 gives the int 32768, which converts back to short -32768
/// \post result == x + 1
short next(short x) { return x + 1; }
// CHECK: :[[@LINE-1]]:23: warning: postcondition 'result == x + 1' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:7: note: counterexample: x = 32767
// CHECK: :[[@LINE-4]]:23: note: returns -32768
// CHECK: :[[@LINE-5]]:32: remark: signed overflow in 'x + 1' cannot happen (proved) [contract-undefined-behavior]

// FALSE: 65535 + 1 converts back to unsigned short 0
/// \post result > x
unsigned short unext(unsigned short x) { return x + 1; }
// CHECK: :[[@LINE-1]]:42: warning: postcondition 'result > x' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:16: note: counterexample: x = 65535
// CHECK: :[[@LINE-4]]:42: note: returns 0
// CHECK: :[[@LINE-5]]:51: remark: signed overflow in 'x + 1' cannot happen (proved) [contract-undefined-behavior]

// FALSE: unsigned short operands are promoted to (signed) int: 46341 * 46341 overflows int
/// \pre a == b && a >= 46340 && a <= 46341
/// \post result >= 0
int area(unsigned short a, unsigned short b) { return a * b; }
// CHECK: :[[@LINE-1]]:48: remark: postcondition 'result >= 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:57: warning: signed overflow in 'a * b' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:5: note: counterexample: a = 46341, b = 46341

// TRUE: t += 1 is done in int and converted back to short, wrapping only at 32767
/// \post result == (x == 32767 ? -32768 : x + 1)
short wrap_next(short x) {
  short t = x;
  t += 1;
  return t;
}
// CHECK: :[[@LINE-3]]:5: remark: signed overflow in 't += 1' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:3: remark: postcondition 'result == (x == 32767 ? -32768 : x + 1)' is proved [contract-postcondition]
// CHECK: :[[@LINE-8]]:11: note: postcondition written here
