// A loop with an invariant is proved for any number of iterations: the
// invariant holds on entry, one iteration preserves it, and after the loop it
// holds with the condition false.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// TRUE: 0 <= s <= n is inductive, and with !(s < n) it gives s == n
/// \pre n >= 0
/// \post result == n
int count_to(int n) {
  int s = 0;
  //@ loop invariant 0 <= s && s <= n;
  while (s < n)
    ++s;
  return s;
}
// CHECK: :[[@LINE-4]]:3: remark: loop invariant '0 <= s && s <= n' on entry to the loop is proved [contract-invariant]
// CHECK: :[[@LINE-6]]:22: note: invariant written here
// CHECK: :[[@LINE-6]]:3: remark: loop invariant '0 <= s && s <= n' preserved by the loop body is proved [contract-invariant]
// CHECK: :[[@LINE-8]]:22: note: invariant written here
// CHECK: :[[@LINE-7]]:5: remark: signed overflow in '++s' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-7]]:3: remark: postcondition 'result == n' is proved [contract-postcondition]
// CHECK: :[[@LINE-14]]:11: note: postcondition written here

// TRUE: a doc-comment invariant works the same; s >= 0 and !(s > 0) give s == 0
/// \pre n >= 0
/// \post result == 0
int drain(int n) {
  int s = n;
  /// \invariant s >= 0
  while (s > 0)
    --s;
  return s;
}
// CHECK: :[[@LINE-4]]:3: remark: loop invariant 's >= 0' on entry to the loop is proved [contract-invariant]
// CHECK: :[[@LINE-6]]:18: note: invariant written here
// CHECK: :[[@LINE-6]]:3: remark: loop invariant 's >= 0' preserved by the loop body is proved [contract-invariant]
// CHECK: :[[@LINE-8]]:18: note: invariant written here
// CHECK: :[[@LINE-7]]:5: remark: signed overflow in '--s' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-7]]:3: remark: postcondition 'result == 0' is proved [contract-postcondition]
// CHECK: :[[@LINE-14]]:11: note: postcondition written here

// TRUE: unsigned sum of a constant step: s == 3 * i at every head
/// \post result == 3u * n
unsigned steps(unsigned n) {
  unsigned s = 0;
  //@ loop invariant i <= n && s == 3u * i;
  for (unsigned i = 0; i < n; ++i)
    s += 3u;
  return s;
}
// CHECK: :[[@LINE-4]]:3: remark: loop invariant 'i <= n && s == 3u * i' on entry to the loop is proved [contract-invariant]
// CHECK: :[[@LINE-6]]:22: note: invariant written here
// CHECK: :[[@LINE-6]]:3: remark: loop invariant 'i <= n && s == 3u * i' preserved by the loop body is proved [contract-invariant]
// CHECK: :[[@LINE-8]]:22: note: invariant written here
// CHECK: :[[@LINE-6]]:3: remark: postcondition 'result == 3u * n' is proved [contract-postcondition]
// CHECK: :[[@LINE-13]]:11: note: postcondition written here
