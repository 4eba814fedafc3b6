// char, signed char and unsigned char: integer promotion to int, and the
// modular conversion back when a result is stored in a narrow type.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: both operands are promoted to int, so the sum is at most 255 + 255
/// \post result <= 510
int add(unsigned char a, unsigned char b) { return a + b; }
// CHECK: :[[@LINE-1]]:45: remark: postcondition 'result <= 510' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:54: remark: signed overflow in 'a + b' cannot happen (proved) [contract-undefined-behavior]

// FALSE: storing the sum back in an unsigned char wraps modulo 256 (150 + 234 == 128)
/// \post result >= a
unsigned char add_narrow(unsigned char a, unsigned char b) {
  unsigned char c = a + b;
  return c;
}
// CHECK: :[[@LINE-3]]:23: remark: signed overflow in 'a + b' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result >= a' is violated [contract-postcondition]
// CHECK: :[[@LINE-7]]:11: note: postcondition written here
// CHECK: :[[@LINE-7]]:15: note: counterexample: a = 150, b = 234
// CHECK: :[[@LINE-6]]:3: note: returns 128

// FALSE: ~c is computed on the promoted int, so ~0 is -1, not 255
/// \post result == 255
int complement(unsigned char c) { return ~c; }
// CHECK: :[[@LINE-1]]:35: warning: postcondition 'result == 255' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: c = 0
// CHECK: :[[@LINE-4]]:35: note: returns -1

// FALSE: plain char is signed on this target, so it can be -128
/// \post result >= 0
int code(char c) { return c; }
// CHECK: :[[@LINE-1]]:20: warning: postcondition 'result >= 0' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: c = -128
// CHECK: :[[@LINE-4]]:20: note: returns -128

// TRUE: a signed char holds exactly [-128, 127]
/// \post result >= -128 && result <= 127
int widen(signed char c) { return c; }
// CHECK: :[[@LINE-1]]:28: remark: postcondition 'result >= -128 && result <= 127' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
