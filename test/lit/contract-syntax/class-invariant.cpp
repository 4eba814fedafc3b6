// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/// A ring of bounded size.
/// \invariant size_ <= capacity_ && capacity_ > 0
/// \invariant head_ < capcity_
// CHECK: :[[@LINE-1]]:24: warning: use of undeclared identifier 'capcity_' in an invariant of 'Ring' [contract-syntax]
class Ring {
  unsigned head_ = 0, size_ = 0, capacity_ = 8;
};

//@ invariant count >= 0;
struct Tally {
  int count = 0;
};

/// Invariant: `this->limit > 0`
struct Limited {
  int limit = 1;
};
