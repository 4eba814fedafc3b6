// Text that does not parse is reported at the exact column in the comment.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/// \pre (x + 1 > 0
// CHECK: :[[@LINE-1]]:20: warning: expected ')' to match the '(' [contract-syntax]
void unbalanced(int x);

/// \pre x > 0 y
// CHECK: :[[@LINE-1]]:16: warning: unexpected 'y' after the expression [contract-syntax]
void trailing(int x, int y);

/// \pre x > 0, y > 0
// CHECK: :[[@LINE-1]]:15: warning: the comma operator is not allowed in contracts; combine conditions with '&&' [contract-syntax]
void comma(int x, int y);

/// \pre x > 0 && $y
// CHECK: :[[@LINE-1]]:19: warning: unexpected character '$' [contract-syntax]
void character(int x);

/// \post result == x &&
// CHECK: :[[@LINE-1]]:25: warning: expected expression after '&&' [contract-syntax]
int dangling(int x);
