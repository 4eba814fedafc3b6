// Enumerations: scoped and unscoped, with and without a fixed underlying type.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

enum Color { Red, Green, Blue };

// FALSE: Color's values are those of a 2-bit bit-field, [0, 3]; 3 matches no case
/// \post result > 0
int weight(Color c) {
  switch (c) {
  case Red: return 1;
  case Green: return 2;
  case Blue: return 3;
  }
  return 0;
}
// CHECK: :[[@LINE-6]]:13: remark: postcondition 'result > 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-6]]:15: remark: postcondition 'result > 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-6]]:14: remark: postcondition 'result > 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-5]]:3: warning: postcondition 'result > 0' is violated [contract-postcondition]
// CHECK: :[[@LINE-13]]:11: note: postcondition written here
// CHECK: :[[@LINE-13]]:5: note: counterexample: c = static_cast<Color>(3)
// CHECK: :[[@LINE-8]]:3: note: returns 0

// TRUE: an unscoped enumerator converts to its value, Blue == 2
/// \post result == (c == Blue)
bool is_blue(Color c) { return c == 2; }
// CHECK: :[[@LINE-1]]:25: remark: postcondition 'result == (c == Blue)' is proved [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

enum class Op : unsigned char { Add = 1, Sub = 2 };

// FALSE: with a fixed underlying type every unsigned char value is an Op, 0 included
/// \post result == 1 || result == 2
int code(Op o) { return static_cast<int>(o); }
// CHECK: :[[@LINE-1]]:18: warning: postcondition 'result == 1 || result == 2' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: o = static_cast<Op>(0)
// CHECK: :[[@LINE-4]]:18: note: returns 0

enum class Level : int { Low = -1, High = 1 };

// TRUE: the default label catches every other value
/// \post result >= -1 && result <= 1
int sign(Level l) {
  switch (l) {
  case Level::Low: return -1;
  case Level::High: return 1;
  default: return 0;
  }
}
// CHECK: :[[@LINE-5]]:20: remark: postcondition 'result >= -1 && result <= 1' is proved [contract-postcondition]
// CHECK: :[[@LINE-9]]:11: note: postcondition written here
// CHECK: :[[@LINE-6]]:21: remark: postcondition 'result >= -1 && result <= 1' is proved [contract-postcondition]
// CHECK: :[[@LINE-11]]:11: note: postcondition written here
// CHECK: :[[@LINE-7]]:12: remark: postcondition 'result >= -1 && result <= 1' is proved [contract-postcondition]
// CHECK: :[[@LINE-13]]:11: note: postcondition written here
