// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/// \pre lenght > 0
// CHECK: :[[@LINE-1]]:10: warning: use of undeclared identifier 'lenght' in a contract of 'first' [contract-syntax]
int first(const int *data, int length);

namespace geo {
struct Box {
  int width = 0;
  /// \post result == width * heigth
  // CHECK: :[[@LINE-1]]:31: warning: use of undeclared identifier 'heigth' in a contract of 'geo::Box::area' [contract-syntax]
  int area() const;
};
} // namespace geo
