// Globals are inputs of every function but main, which starts from the
// program's initial state; in a postcondition a global means its exit value.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'
#include <cassert>

int counter = 5;
int total;

// FALSE: counter may have been changed before the call (-22 gives -21; INT_MAX overflows)
/// \post result == 6
int next_counter() { return counter + 1; }
// CHECK: :[[@LINE-1]]:22: warning: postcondition 'result == 6' is violated [contract-postcondition]
// CHECK: :[[@LINE-3]]:11: note: postcondition written here
// CHECK: :[[@LINE-3]]:5: note: counterexample: counter = -22
// CHECK: :[[@LINE-4]]:22: note: returns -21
// CHECK: :[[@LINE-5]]:37: warning: signed overflow in 'counter + 1' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-6]]:5: note: counterexample: counter = 2147483647

// TRUE: the exit value of counter is its entry value plus one
/// \pre counter < 100
/// \post counter == old(counter) + 1
void bump() { ++counter; }
// CHECK: :[[@LINE-1]]:15: remark: signed overflow in '++counter' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-2]]:26: remark: postcondition 'counter == old(counter) + 1' is proved [contract-postcondition]
// CHECK: :[[@LINE-4]]:11: note: postcondition written here

// TRUE: main starts from the initial values: counter == 5, total == 0
int main() {
  assert(counter == 5 && total == 0);
  total = counter * 2;
  assert(total == 10);
  return 0;
}
// CHECK: :[[@LINE-5]]:3: remark: assertion 'counter == 5 && total == 0' is proved [contract-assertion]
// CHECK: :[[@LINE-5]]:19: remark: signed overflow in 'counter * 2' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:3: remark: assertion 'total == 10' is proved [contract-assertion]
