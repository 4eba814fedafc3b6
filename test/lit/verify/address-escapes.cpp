// Taking a local's address, or binding it to a reference parameter, is not
// a read of it, and lets the callee write it: no "read before it is
// assigned" afterwards. What the callee does is not modelled, so later
// obligations are Unknown, never Violated.
// RUN: %vouch --no-cache -checks='-*,contract-*,-contract-syntax' %s -- -std=c++20 2>&1 | FileCheck %s -implicit-check-not='{{warning|error}}:'
void fill(int *out);
void fill_ref(int &out);
void peek(const int &in);

int by_pointer() {
  int x;
  fill(&x);
  return x;
}

int by_reference() {
  int y;
  fill_ref(y);
  return y;
}

// Binding a const reference reads nothing; returning z does, but after a
// call vouch does not model, so it is undecided rather than violated.
/// \post result >= 0
int by_const_reference() {
  int z;
  peek(z);
  return z;
  // CHECK: :[[@LINE-1]]:3: warning: postcondition 'result >= 0' could not be decided: call to 'peek' with a reference or pointer parameter at [[#@LINE-2]]:3 is not modelled [contract-unknown]
  // CHECK: :[[@LINE-2]]:10: warning: 'z' is read before it is assigned could not be decided: call to 'peek' with a reference or pointer parameter at [[#@LINE-3]]:3 is not modelled [contract-unknown]
}
