// UnrollBound: a violation that needs 10 iterations is out of reach of the
// default bound (8) and found with UnrollBound: 12.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s --check-prefix=DEFAULT -implicit-check-not='{{warning|error|remark}}:'
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000, UnrollBound: 12}}' %s -- -std=c++20 | FileCheck %s --check-prefix=BOUND12 -implicit-check-not='{{warning|error|remark}}:'

// FALSE: n == 10 runs 10 iterations and returns 10
/// \pre n >= 0 && n <= 10
/// \post result != 10
int count_to(int n) {
  int s = 0;
  while (s < n)
    ++s;
  return s;
}
// With the default bound, only 8 iterations are explored:
// DEFAULT: :[[@LINE-4]]:5: warning: signed overflow in '++s' could not be decided: loop at [[#@LINE-5]]:3 not covered beyond 8 iterations [contract-unknown]
// DEFAULT: :[[@LINE-4]]:3: warning: postcondition 'result != 10' could not be decided: loop at [[#@LINE-6]]:3 not covered beyond 8 iterations [contract-unknown]
// DEFAULT: :[[@LINE-10]]:11: note: postcondition written here

// With 12, the loop is covered completely (at most 10 iterations):
// BOUND12: :[[@LINE-9]]:5: remark: signed overflow in '++s' cannot happen (proved) [contract-undefined-behavior]
// BOUND12: :[[@LINE-9]]:3: warning: postcondition 'result != 10' is violated [contract-postcondition]
// BOUND12: :[[@LINE-15]]:11: note: postcondition written here
// BOUND12: :[[@LINE-15]]:5: note: counterexample: n = 10
// BOUND12: :[[@LINE-14]]:10: note: loop condition 's < n' is true: iteration 10 begins
// BOUND12: :[[@LINE-15]]:10: note: loop condition 's < n' is false: the loop ends after 10 iterations
// BOUND12: :[[@LINE-14]]:3: note: returns 10
