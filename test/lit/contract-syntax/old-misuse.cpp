// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

int total = 0;

/// \pre old(total) >= 0
// CHECK: :[[@LINE-1]]:10: warning: '\old' can only be used in a postcondition [contract-syntax]
void add(int x);

/// \post total == \old(\old(total)) + x
// CHECK: :[[@LINE-1]]:25: warning: '\old' cannot be nested [contract-syntax]
void add_twice(int x);

// Fine: old() on a global in a postcondition.
/// \post total == old(total) + x
void add_once(int x);
