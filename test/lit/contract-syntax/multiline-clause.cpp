// A clause spanning lines of a block comment keeps exact columns on every
// line, decorations removed.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/**
 * Copies a range.
 *
 * \pre first <= last &&
 *      last - first <= capacity &&
 *      destinaton != nullptr
 * \param first the first element
 */
// CHECK: :[[@LINE-3]]:9: warning: use of undeclared identifier 'destinaton' in a contract of 'copy' [contract-syntax]
void copy(const int *first, const int *last, int *destination,
          long capacity);

/// Precondition: `count <= size &&
///                maximum > 0`
// CHECK: :[[@LINE-1]]:20: warning: use of undeclared identifier 'maximum' in a contract of 'take' [contract-syntax]
void take(unsigned count, unsigned size);
