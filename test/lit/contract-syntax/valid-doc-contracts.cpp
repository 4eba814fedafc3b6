// Well-formed contracts in every doc-comment spelling produce no diagnostic.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 2>&1 | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
#include <climits>
#include <cstddef>

/// \pre x > 0
/// \post result >= x
int grow(int x) { return x + 1; }

/// @pre a != b
/// @post \result == (a < b ? a : b)
int smaller(int a, int b) { return a < b ? a : b; }

/**
 * Precondition: `count <= limit`
 * Postcondition: `result == limit - count`
 */
std::size_t remaining(std::size_t limit, std::size_t count) {
  return limit - count;
}

/// \pre value < INT_MAX && value >= INT_MIN + 1
/// \post result == value + 1 ==> value != INT_MAX
/// \post (result > value) <==> true
int next(int value) { return value + 1; }

/// \pre p != nullptr
/// \pre p
int deref(const int *p) { return *p; }
