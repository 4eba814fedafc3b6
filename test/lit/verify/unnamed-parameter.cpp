// An unnamed parameter is named by its position in the counterexample.
// RUN: %vouch --no-cache -checks='-*,contract-*,-contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'
enum Tag { Auto };

// FALSE, FALSE: part may be 0, and LONG_MIN / -1 overflows.
long ratio(Tag, long total, long part) { return total / part; }
// CHECK: :[[@LINE-1]]:55: warning: 'total / part' overflows: the minimum value divided by -1 (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:6: note: counterexample: (unnamed parameter 1) = Auto, total = -9223372036854775808, part = -1
// CHECK: :[[@LINE-3]]:55: warning: division by zero in 'total / part' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:6: note: counterexample: (unnamed parameter 1) = Auto, total = {{-?[0-9]+}}, part = 0
