// `vouch extract` prints each function's spec: name, signature, location,
// and clauses with origin, text and typed expression tree.
// RUN: %vouch extract %s -- -std=c++20 | FileCheck %s --match-full-lines --strict-whitespace

/// \pre x > 0
/// \post result >= x
int grow(int x) { return x + 1; }

// CHECK:version: 1
// CHECK-NEXT:functions:
// CHECK-NEXT:  - name: grow
// CHECK-NEXT:    signature: int (int)
// CHECK-NEXT:    kind: function
// CHECK-NEXT:    template: false
// CHECK-NEXT:    location:
// CHECK-NEXT:      file: {{.*}}yaml-output.cpp
// CHECK-NEXT:      line: 7
// CHECK-NEXT:      column: 5
// CHECK-NEXT:    clauses:
// CHECK-NEXT:      - kind: precondition
// CHECK-NEXT:        origin: doc-comment
// CHECK-NEXT:        status: formal
// CHECK-NEXT:        text: x > 0
// CHECK-NEXT:        location:
// CHECK-NEXT:          file: {{.*}}yaml-output.cpp
// CHECK-NEXT:          line: 5
// CHECK-NEXT:          column: 10
// CHECK-NEXT:        expression:
// CHECK-NEXT:          kind: binary
// CHECK-NEXT:          op: ">"
// CHECK-NEXT:          type: bool
// CHECK-NEXT:          range: [0, 5]
// CHECK-NEXT:          children:
// CHECK-NEXT:            - kind: name
// CHECK-NEXT:              name: x
// CHECK-NEXT:              type: int
// CHECK-NEXT:              ref:
// CHECK-NEXT:                kind: parameter
// CHECK-NEXT:                name: x
// CHECK-NEXT:                index: 0
// CHECK-NEXT:              range: [0, 1]
// CHECK-NEXT:            - kind: int
// CHECK-NEXT:              value: 0
// CHECK-NEXT:              type: int
// CHECK-NEXT:              range: [4, 5]
// CHECK-NEXT:      - kind: postcondition
// CHECK:            - kind: result
// CHECK-NEXT:              type: int
// CHECK:classes: []
