// In-body carriers are compiled by Clang: contract-syntax has nothing to say
// about well-formed ones, with or without NDEBUG.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 2>&1 | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 -DNDEBUG 2>&1 | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
#include <cassert>
#include <gsl/gsl>

extern "C" void __VERIFIER_assert(int);
extern "C" void __VERIFIER_assume(int);

int f(int x) {
  Expects(x > 0);
  __VERIFIER_assume(x < 100);
  int y = x * 2;
  assert(y > x && "doubling grows");
  __VERIFIER_assert(y != 0);
  Ensures(y >= 2);
  return y;
}
