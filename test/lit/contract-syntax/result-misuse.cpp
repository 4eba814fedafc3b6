// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/// \pre result > 0
// CHECK: :[[@LINE-1]]:10: warning: '\result' can only be used in a postcondition [contract-syntax]
int positive(int x);

/// \post \result == 0
// CHECK: :[[@LINE-1]]:11: warning: '\result' used in a contract of 'reset', which returns no value [contract-syntax]
void reset(int &x);

struct Counter {
  /// \post result == 0
  // CHECK: :[[@LINE-1]]:13: warning: '\result' used in a contract of 'Counter', which returns no value [contract-syntax]
  Counter();
};

// A parameter named `result` is that parameter, even in a precondition.
/// \pre result >= 0
void store(int result);
