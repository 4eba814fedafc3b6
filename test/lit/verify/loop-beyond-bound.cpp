// A loop without an invariant that may run more than 8 iterations cannot be
// proved by unrolling: what depends on it is Unknown, never Proved.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// UNKNOWN (really TRUE): the loop counts s up to n, but n may be 100
/// \pre n >= 0 && n <= 100
/// \post result == n
int count_to(int n) {
  int s = 0;
  while (s < n)
    ++s;
  return s;
}
// CHECK: :[[@LINE-3]]:5: warning: signed overflow in '++s' could not be decided: loop at [[#@LINE-4]]:3 not covered beyond 8 iterations [contract-unknown]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result == n' could not be decided: loop at [[#@LINE-5]]:3 not covered beyond 8 iterations [contract-unknown]
// CHECK: :[[@LINE-9]]:11: note: postcondition written here

// UNKNOWN (really FALSE for n == 50): no counterexample exists within 8 iterations
/// \pre n >= 0 && n <= 100
/// \post result != 50
unsigned reach(unsigned n) {
  unsigned s = 0;
  for (unsigned i = 0; i < n; ++i)
    ++s;
  return s;
}
// CHECK: :[[@LINE-2]]:3: warning: postcondition 'result != 50' could not be decided: loop at [[#@LINE-4]]:3 not covered beyond 8 iterations [contract-unknown]
// CHECK: :[[@LINE-8]]:11: note: postcondition written here

// TRUE: 'n + 1' before the loop keeps its proof; UNKNOWN (really TRUE): '++i' runs up to 101 times
/// \pre n >= 0 && n <= 100
unsigned before_loop(int n) {
  int m = n + 1;
  unsigned s = 0;
  for (int i = 0; i < m; ++i)
    s += 2u;
  return s;
}
// CHECK: :[[@LINE-6]]:13: remark: signed overflow in 'n + 1' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:26: warning: signed overflow in '++i' could not be decided: loop at [[#@LINE-5]]:3 not covered beyond 8 iterations [contract-unknown]
