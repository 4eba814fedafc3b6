// A loop invariant is checked on entry and after each iteration; a wrong one
// is refuted by a real execution, one that is true but not inductive is
// Unknown.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: s starts at n + 1, above n (the body does preserve s <= n)
// UNKNOWN (really TRUE): '--s' counts down from at most 101
/// \pre n >= 0 && n <= 100
int entry(int n) {
  int s = n + 1;
  //@ loop invariant s <= n;
  while (s > 0)
    --s;
  return s;
}
// CHECK: :[[@LINE-6]]:13: remark: signed overflow in 'n + 1' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:3: warning: loop invariant 's <= n' does not hold on entry to the loop [contract-invariant]
// CHECK: :[[@LINE-7]]:22: note: invariant written here
// CHECK: :[[@LINE-10]]:5: note: counterexample: n = 14
// CHECK: :[[@LINE-8]]:3: remark: loop invariant 's <= n' preserved by the loop body is proved [contract-invariant]
// CHECK: :[[@LINE-10]]:22: note: invariant written here
// CHECK: :[[@LINE-9]]:5: warning: signed overflow in '--s' could not be decided: the loop invariants it depends on are not proved [contract-unknown]

// FALSE: s <= 3 breaks in the 4th iteration when n >= 4 (UNKNOWN, really TRUE: '++s' stays below 100)
/// \pre n >= 0 && n <= 100
int preserve(int n) {
  int s = 0;
  //@ loop invariant s <= 3;
  while (s < n)
    ++s;
  return s;
}
// CHECK: :[[@LINE-4]]:3: warning: loop invariant 's <= 3' does not hold after iteration 4 [contract-invariant]
// CHECK: :[[@LINE-6]]:22: note: invariant written here
// CHECK: :[[@LINE-9]]:5: note: counterexample: n = 14
// CHECK: :[[@LINE-7]]:10: note: loop condition 's < n' is true: iteration 4 begins
// CHECK: :[[@LINE-8]]:3: remark: loop invariant 's <= 3' on entry to the loop is proved [contract-invariant]
// CHECK: :[[@LINE-10]]:22: note: invariant written here
// CHECK: :[[@LINE-9]]:5: warning: signed overflow in '++s' could not be decided: the loop invariants it depends on are not proved [contract-unknown]

// UNKNOWN (really TRUE, s stays even): s != 5 holds, but from s == 3 one step breaks it
/// \pre n >= 0 && n <= 100
unsigned skip_five(unsigned n) {
  unsigned s = 0;
  //@ loop invariant s != 5;
  while (s < n)
    s += 2;
  return s;
}
// CHECK: :[[@LINE-4]]:3: remark: loop invariant 's != 5' on entry to the loop is proved [contract-invariant]
// CHECK: :[[@LINE-6]]:22: note: invariant written here
// CHECK: :[[@LINE-6]]:3: warning: loop invariant 's != 5' preserved by the loop body could not be decided: it holds for the iterations explored, but is not inductive: one iteration from a state where the loop invariants hold can break it [contract-unknown]
// CHECK: :[[@LINE-8]]:22: note: invariant written here
