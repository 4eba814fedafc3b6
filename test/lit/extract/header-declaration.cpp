// Clauses written on the header's declaration and on the definition belong
// to one function spec; each keeps its own location. The same clause
// repeated on the definition is kept once.
// RUN: %vouch extract %s -- -std=c++20 -I %inputs | FileCheck %s
#include "buffer_api.h"

/// \pre limit >= 0
/// \post result <= limit
int clamp_count(int count, int limit) { return count < limit ? count : limit; }

// CHECK: - name: reserve
// CHECK: text: capacity > 0
// CHECK: line: 4
// CHECK: text: n >= 0
// CHECK: line: 7
// CHECK: status: invalid
// CHECK-NEXT: text: cap > 0
// CHECK: diagnostic: use of undeclared identifier 'cap' in a contract of 'reserve'
// CHECK: - name: clamp_count
// CHECK: signature: int (int, int)
// CHECK: text: limit >= 0
// CHECK: file: {{.*}}buffer_api.h
// CHECK-NOT: text: limit >= 0
// CHECK: text: result <= limit
// CHECK: file: {{.*}}header-declaration.cpp
