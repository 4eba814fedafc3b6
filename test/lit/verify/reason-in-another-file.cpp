// A reason that points into another file than the analysed function's
// names that file: "at 6:3" alone would read as a place in this file.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' %s -- -std=c++20 -I %inputs | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'
#include "narrowing_helpers.h"

// UNKNOWN (really TRUE): kept returns its argument
/// \pre x > 0
/// \post result > 0
int positive(int x) { return kept(x); }
// CHECK: :[[@LINE-1]]:23: warning: postcondition 'result > 0' could not be decided: call to 'store' with a reference or pointer parameter at {{.*}}narrowing_helpers.h:6:3 is not modelled [contract-unknown]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here

// UNKNOWN (really TRUE): a place in this file keeps L:C alone
/// \post result == 0
int zero(const int *p) { return p ? 0 : 0; }
// CHECK: :[[@LINE-1]]:26: warning: postcondition 'result == 0' could not be decided: 'p' at [[#@LINE-1]]:33 is not modelled [contract-unknown]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
