// break leaves the loop, continue skips to the increment and the next test.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

// FALSE: continue skips i == 2, so the sum is base + 0 + 1 + 3 + 4 == base + 8 (any base)
/// \pre base <= 1000
/// \post result == base + 10
unsigned skip_two(unsigned base) {
  unsigned s = base;
  for (unsigned i = 0; i < 5; ++i) {
    if (i == 2)
      continue;
    s += i;
  }
  return s;
}
// CHECK: :[[@LINE-2]]:3: warning: postcondition 'result == base + 10' is violated [contract-postcondition]
// CHECK: :[[@LINE-11]]:11: note: postcondition written here
// CHECK: :[[@LINE-11]]:10: note: counterexample: base = [[#BASE:]]
// CHECK: :[[@LINE-10]]:24: note: loop condition 'i < 5' is true: iteration 3 begins
// CHECK: :[[@LINE-10]]:9: note: 'i == 2' is true
// CHECK: :[[@LINE-12]]:24: note: loop condition 'i < 5' is false: the loop ends after 5 iterations
// CHECK: :[[@LINE-8]]:3: note: returns [[#BASE+8]]

// TRUE: in a do-while, continue jumps to the condition; i == 2 is skipped
/// \post result == 3
int do_continue() {
  int i = 0, s = 0;
  do {
    ++i;
    if (i == 2)
      continue;
    ++s;
  } while (i < 4);
  return s;
}
// CHECK: :[[@LINE-7]]:5: remark: signed overflow in '++i' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-5]]:5: remark: signed overflow in '++s' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-4]]:3: remark: postcondition 'result == 3' is proved [contract-postcondition]
// CHECK: :[[@LINE-14]]:11: note: postcondition written here

// FALSE: break stops at n, so for n == 0 the result is 0 - 1
/// \post result >= 0
int before_n(int n) {
  int i = 0;
  for (; i < 5; ++i)
    if (i == n)
      break;
  return i - 1;
}
// CHECK: :[[@LINE-5]]:17: remark: signed overflow in '++i' cannot happen (proved) [contract-undefined-behavior]
// CHECK: :[[@LINE-3]]:3: warning: postcondition 'result >= 0' is violated [contract-postcondition]
// CHECK: :[[@LINE-10]]:11: note: postcondition written here
// CHECK: :[[@LINE-10]]:5: note: counterexample: n = 0
// CHECK: :[[@LINE-9]]:10: note: loop condition 'i < 5' is true: iteration 1 begins
// CHECK: :[[@LINE-9]]:9: note: 'i == n' is true
// CHECK: :[[@LINE-8]]:3: note: returns -1
// CHECK: :[[@LINE-9]]:12: remark: signed overflow in 'i - 1' cannot happen (proved) [contract-undefined-behavior]
