// Operands of the wrong type are reported with both types named.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

struct Point {
  int x, y;
};

/// \pre p == 3
// CHECK: :[[@LINE-1]]:10: warning: cannot compare 'const int *' with 'int' using '==' [contract-syntax]
void compare(const int *p);

/// \pre *n > 0
// CHECK: :[[@LINE-1]]:10: warning: cannot dereference a value of type 'int' [contract-syntax]
void deref(int n);

/// \pre pt.z > 0
// CHECK: :[[@LINE-1]]:13: warning: no member named 'z' in 'Point' [contract-syntax]
void member(Point pt);

/// \pre pt->x > 0
// CHECK: :[[@LINE-1]]:10: warning: member reference type 'Point' is not a pointer; use '.' [contract-syntax]
void arrow(Point pt);

/// \pre n[0] > 0
// CHECK: :[[@LINE-1]]:10: warning: subscripted value of type 'int' is not an array or pointer [contract-syntax]
void subscript(int n);

/// \pre pt + 1 > 0
// CHECK: :[[@LINE-1]]:10: warning: invalid operands to '+' ('Point' and 'int') [contract-syntax]
void arithmetic(Point pt);

/// \pre 99999999999999999999 > 0
// CHECK: :[[@LINE-1]]:10: warning: integer literal '99999999999999999999' is too large for any integer type [contract-syntax]
void literal();

// Mixed but valid operand types: no diagnostic.
/// \pre p != nullptr && pt.x + 1L > 0 && 'a' < 'b' && (n ? n : 1u) > 0u
void fine(const int *p, Point pt, int n);
