// Below code it does not model the executor evaluates nothing, yet the
// calls written there owe their callees' preconditions: each is Unknown,
// with the first construct not modelled as the reason, never silent.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

/// \pre i >= 0
int at(const int *c, int i);
/// \pre n > 0
int half(int n);
void log_to(int *sink, int v);

// UNKNOWN (really FALSE): a pointer argument stops the call's evaluation.
int first(const int *p) { return at(p, -1); }
// CHECK: :[[@LINE-1]]:34: warning: precondition 'i >= 0' of 'at' could not be decided: the call was not analysed: 'p' at [[#@LINE-1]]:37 is not modelled [contract-unknown]
// CHECK: :6:10: note: precondition written here

// UNKNOWN (really TRUE): nothing else in the function owes anything, so
// only the callee's precondition makes it worth analysing.
void probe() { at(nullptr, 1); }
// CHECK: :[[@LINE-1]]:16: warning: precondition 'i >= 0' of 'at' could not be decided: the call was not analysed: expression 'nullptr' at [[#@LINE-1]]:19 is not modelled [contract-unknown]
// CHECK: :6:10: note: precondition written here

// UNKNOWN (really FALSE): the call is an argument of a call not modelled.
void report(int *sink) { log_to(sink, half(0)); }
// CHECK: :[[@LINE-1]]:39: warning: precondition 'n > 0' of 'half' could not be decided: the call was not analysed: 'sink' at [[#@LINE-1]]:33 is not modelled [contract-unknown]
// CHECK: :8:10: note: precondition written here

// UNKNOWN (really FALSE): the initializer of a double is not evaluated.
void scale() { double x = half(0); (void)x; }
// CHECK: :[[@LINE-1]]:27: warning: precondition 'n > 0' of 'half' could not be decided: the call was not analysed: variable 'x' of type 'double' at [[#@LINE-1]]:23 is not modelled [contract-unknown]
// CHECK: :8:10: note: precondition written here

// UNKNOWN (really TRUE): the body of a range-based for.
int total(const int (&values)[4]) {
  int sum = 0;
  for (int v : values)
    sum += half(v > 0 ? v : 1);
  return sum;
}
// CHECK: :[[@LINE-3]]:12: warning: precondition 'n > 0' of 'half' could not be decided: the call was not analysed: {{.*}} [contract-unknown]
// CHECK: :8:10: note: precondition written here

// Modelled code: the call is checked as usual, and violated.
int direct() { return half(0); }
// CHECK: :[[@LINE-1]]:23: warning: call to 'half' violates its precondition 'n > 0' [contract-precondition]
// CHECK: :8:10: note: precondition written here

// Without code not modelled, a call on no path owes nothing.
int after_return(int n) {
  return n;
  return half(0);
}

// Unevaluated operands owe nothing. Lambdas are not verified on their
// own: a call in one is the enclosing function's (Unknown here, as the
// closure is not modelled).
int unevaluated() {
  auto f = [] { return half(-1); };
  return sizeof(half(0)) + f();
}
// CHECK: :[[@LINE-3]]:24: warning: precondition 'n > 0' of 'half' could not be decided: the call was not analysed: variable 'f' of type '{{.*}}' at [[#@LINE-3]]:8 is not modelled [contract-unknown]
// CHECK: :8:10: note: precondition written here
