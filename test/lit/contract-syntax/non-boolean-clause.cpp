// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/// \pre count
// CHECK: :[[@LINE-1]]:10: warning: contract clause has type 'int', not 'bool'; write a comparison such as 'count != 0' [contract-syntax]
void repeat(int count);

/// \post result + 1
// CHECK: :[[@LINE-1]]:11: warning: contract clause has type 'unsigned int', not 'bool'; write a comparison such as '\result + 1 != 0' [contract-syntax]
unsigned twice(unsigned x);

// Pointers are tested for null, as in an if: no diagnostic.
/// \pre name
void greet(const char *name);
