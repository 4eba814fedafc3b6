// The <cstdint> types are the builtin types they name.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'
#include <cstdint>

// TRUE: int8_t is signed char, at most 127
/// \post result <= 127
std::int8_t same8(std::int8_t a) { return a; }
// CHECK: :[[@LINE-1]]:36: remark: postcondition 'result <= 127' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// FALSE: x++ on int8_t computes 128 in int and stores -128: no UB, but not greater
/// \post result > x
std::int8_t next8(std::int8_t x) {
  x++;
  return x;
}
// CHECK: :[[@LINE-3]]:4: remark: signed overflow in 'x++' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result > x' is violated [contract-postcondition]
// CHECK: :[[@LINE-7]]:11: note: postcondition written here
// CHECK: :[[@LINE-7]]:13: note: counterexample: x = 127
// CHECK: :[[@LINE-6]]:3: note: returns -128

// TRUE: uint64_t arithmetic wraps the same way on both sides
/// \post result - 1 == a
std::uint64_t next64(std::uint64_t a) { return a + 1; }
// CHECK: :[[@LINE-1]]:41: remark: postcondition 'result - 1 == a' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// FALSE: uint16_t promotes to int: 256 * 256 == 65536 fits in int and in uint32_t
/// \pre a <= 256
/// \post result < 65536
std::uint32_t square16(std::uint16_t a) { return a * a; }
// CHECK: :[[@LINE-1]]:43: warning: postcondition 'result < 65536' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:15: note: counterexample: a = 256
// CHECK: :[[@LINE-4]]:43: note: returns 65536
// CHECK: :[[@LINE-5]]:52: remark: signed overflow in 'a * a' cannot happen (proved) [contract-undefined-behavior]

// TRUE: int32_t is int; an odd number is never 0 (x * 2 + 1 is checked only where x * 2 is defined)
/// \pre a >= -1000 && a <= 1000
/// \post result != 0
std::int32_t odd(std::int32_t a) { return a * 2 + 1; }
// CHECK: :[[@LINE-1]]:36: remark: postcondition 'result != 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:45: remark: signed overflow in 'a * 2' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:49: remark: signed overflow in 'a * 2 + 1' cannot happen (proved) [contract-undefined-behavior]
