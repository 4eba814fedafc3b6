// Code that does not compile gets Clang's errors and no verdicts: error
// recovery drops what it cannot parse, so a verdict would describe code that
// is not there (here: a return without a value).
// RUN: not %vouch -checks='-*,contract-*' %s -- -std=c++20 > %t.out 2>&1
// RUN: FileCheck %s -implicit-check-not='{{warning|remark}}:' < %t.out

int f(int x) { return x +; }
// CHECK: :[[@LINE-1]]:26: error: expected expression [clang-diagnostic-error]

/// \post result > 0
int g(int y) { return y; }
