// A doc-comment clause written as prose is in the spec IR with status
// `informal`, its text and the reason it is not code; stderr counts them.
// RUN: %vouch extract %s -- -std=c++20 2> %t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=COUNT < %t.err
// COUNT: vouch: 1 clause is prose (status: informal), kept and not checked

/// \pre the buffer holds at least n bytes
/// \pre n >= 0
void fill(int n);

// CHECK:      - kind: precondition
// CHECK-NEXT:   origin: doc-comment
// CHECK-NEXT:   status: informal
// CHECK-NEXT:   text: the buffer holds at least n bytes
// CHECK:        diagnostic: "prose, not an expression: unexpected 'buffer' after the expression"
// CHECK:      - kind: precondition
// CHECK-NEXT:   origin: doc-comment
// CHECK-NEXT:   status: formal
// CHECK-NEXT:   text: n >= 0
