// A class invariant must hold at the end of each constructor and on exit
// from each public member function, which may assume it on entry.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

/// \invariant size_ <= cap_
class Stack {
public:
  // TRUE: 0 <= c after the precondition
  /// \pre c >= 0
  Stack(int c) : size_(0), cap_(c) {}
  // CHECK: :[[@LINE-1]]:37: remark: class invariant 'size_ <= cap_' is proved [contract-invariant]
  // CHECK: :[[@LINE-7]]:16: note: invariant written here

  // TRUE: the precondition leaves room for one more
  /// \pre size_ < cap_
  void push() { ++size_; }
  // CHECK: :[[@LINE-1]]:17: remark: signed overflow in '++size_' cannot happen (proved) [contract-undefined-behavior]
  // CHECK: :[[@LINE-2]]:26: remark: class invariant 'size_ <= cap_' is proved [contract-invariant]
  // CHECK: :[[@LINE-14]]:16: note: invariant written here

  // FALSE: a full stack (size_ == cap_ == 10) overflows its capacity
  /// \pre cap_ == 10 && size_ >= 10
  void push_two() { size_ += 2; }
  // CHECK: :[[@LINE-1]]:27: remark: signed overflow in 'size_ += 2' cannot happen (proved) [contract-undefined-behavior]
  // CHECK: :[[@LINE-2]]:33: warning: class invariant 'size_ <= cap_' does not hold on exit from 'Stack::push_two' [contract-invariant]
  // CHECK: :[[@LINE-21]]:16: note: invariant written here
  // CHECK: :[[@LINE-4]]:8: note: counterexample: this->size_ = 10, this->cap_ = 10

  // TRUE: the invariant assumed on entry keeps cap_ - size_ >= 0
  /// \pre size_ >= 0
  /// \post result >= 0
  int room() const { return cap_ - size_; }
  // CHECK: :[[@LINE-1]]:22: remark: class invariant 'size_ <= cap_' is proved [contract-invariant]
  // CHECK: :[[@LINE-29]]:16: note: invariant written here
  // CHECK: :[[@LINE-3]]:22: remark: postcondition 'result >= 0' is proved [contract-postcondition]
  // CHECK: :[[@LINE-5]]:13: note: postcondition written here
  // CHECK: :[[@LINE-5]]:34: remark: signed overflow in 'cap_ - size_' cannot happen (proved) [contract-undefined-behavior]

private:
  int size_;
  int cap_;
};

/// \invariant lo <= hi
struct Range {
  // FALSE: nothing orders the two arguments: a == 1, b == 0
  /// \pre a >= 0 && a <= 1 && b == 0
  Range(int a, int b) : lo(a), hi(b) {}
  // CHECK: :[[@LINE-1]]:39: warning: class invariant 'lo <= hi' does not hold at the end of the constructor [contract-invariant]
  // CHECK: :[[@LINE-6]]:16: note: invariant written here
  // CHECK: :[[@LINE-3]]:3: note: counterexample: a = 1, b = 0
  int lo, hi;
};
