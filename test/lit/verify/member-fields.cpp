// Member functions read and write the fields of *this; in a postcondition a
// field means its value on exit and old(field) its value on entry.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

class Counter {
public:
  // TRUE: the precondition keeps ++n_ in range, and n_ grows by exactly one
  /// \pre n_ < 1000
  /// \post n_ == old(n_) + 1
  void tick() { ++n_; }
  // CHECK: :[[@LINE-1]]:17: remark: signed overflow in '++n_' cannot happen (proved) [contract-undefined-behavior]
  // CHECK: :[[@LINE-2]]:23: remark: postcondition 'n_ == old(n_) + 1' is proved [contract-postcondition]
  // CHECK: :[[@LINE-4]]:13: note: postcondition written here

  // FALSE: n_ in the postcondition is the value on exit; for n_ == 9 it becomes 10
  /// \pre n_ >= 0 && n_ < 10
  /// \post result == (n_ < 10)
  bool advance() {
    ++n_;
    return true;
  }
  // CHECK: :[[@LINE-3]]:5: remark: signed overflow in '++n_' cannot happen (proved) [contract-undefined-behavior]
  // CHECK: :[[@LINE-3]]:5: warning: postcondition 'result == (n_ < 10)' is violated [contract-postcondition]
  // CHECK: :[[@LINE-7]]:13: note: postcondition written here
  // CHECK: :[[@LINE-7]]:8: note: counterexample: this->n_ = 9
  // CHECK: :[[@LINE-6]]:5: note: returns true

  // FALSE: --n_ overflows when n_ is INT_MIN (no precondition, no invariant)
  /// \post n_ == old(n_) - 1
  void untick() { --n_; }
  // CHECK: :[[@LINE-1]]:19: warning: signed overflow in '--n_' (undefined behavior) [contract-undefined-behavior]
  // CHECK: :[[@LINE-2]]:8: note: counterexample: this->n_ = -2147483648
  // CHECK: :[[@LINE-3]]:25: remark: postcondition 'n_ == old(n_) - 1' is proved [contract-postcondition]
  // CHECK: :[[@LINE-5]]:13: note: postcondition written here

  // TRUE: a const member function leaves every field as it was
  /// \post result == n_ && n_ == old(n_)
  int get() const { return n_; }
  // CHECK: :[[@LINE-1]]:21: remark: postcondition 'result == n_ && n_ == old(n_)' is proved [contract-postcondition]
  // CHECK: :[[@LINE-3]]:13: note: postcondition written here

private:
  int n_;
};
