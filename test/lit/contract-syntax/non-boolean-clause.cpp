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

// A conditional whose operands are both bool is a bool, as in C++: no
// diagnostic. With int operands it is an int.
/// \post x > 0 ? result > 0 : result <= 0
int sign_kept(int x);

/// \post x > 0 ? result : 0
// CHECK: :[[@LINE-1]]:11: warning: contract clause has type 'int', not 'bool'; write a comparison such as '((x > 0) ? \result : 0) != 0' [contract-syntax]
int positive_part(int x);

/// \post result & 1
// CHECK: :[[@LINE-1]]:11: warning: contract clause has type 'int', not 'bool'; write a comparison such as '(\result & 1) != 0' [contract-syntax]
int odd_part(int x);
