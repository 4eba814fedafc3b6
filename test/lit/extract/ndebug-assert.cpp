// With NDEBUG, assert drops its condition: the clause is kept, with its
// text and the reason it cannot be checked.
// RUN: %vouch extract %s -- -std=c++20 -DNDEBUG | FileCheck %s
#include <cassert>

int half(int x) {
  assert(x % 2 == 0);
  return x / 2;
}

// CHECK: origin: assert
// CHECK-NEXT: status: unsupported
// CHECK-NEXT: text: x % 2 == 0
// CHECK: diagnostic: "'assert' expands to nothing here (is NDEBUG defined?); its condition was not compiled"
