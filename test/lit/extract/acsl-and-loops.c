// ACSL contracts, loop invariants (with their loop) and asserts in C.
// RUN: %vouch extract %s -- -std=c11 | FileCheck %s

/*@ requires 0 <= n <= 100;
    ensures \result >= 0;
    assigns \nothing;
*/
int triangle(int n) {
  int t = 0;
  //@ loop invariant 0 <= i <= n + 1;
  for (int i = 0; i <= n; i++)
    t += i;
  //@ assert t >= 0;
  return t;
}

// CHECK: - name: triangle
// CHECK: - kind: precondition
// CHECK-NEXT: origin: acsl
// CHECK-NEXT: status: formal
// CHECK-NEXT: text: 0 <= n <= 100
// CHECK: op: "&&"
// CHECK: - kind: postcondition
// CHECK: - kind: assertion
// CHECK-NEXT: origin: acsl
// CHECK-NEXT: status: unsupported
// CHECK-NEXT: text: assigns \nothing
// CHECK: diagnostic: ACSL 'assigns' is not checked yet
// CHECK: - kind: loop-invariant
// CHECK-NEXT: origin: acsl
// CHECK-NEXT: status: formal
// CHECK-NEXT: text: 0 <= i <= n + 1
// CHECK: scope:
// CHECK-NEXT: file: {{.*}}acsl-and-loops.c
// CHECK-NEXT: line: 11
// CHECK: - kind: assertion
// CHECK-NEXT: origin: acsl
// CHECK-NEXT: status: formal
// CHECK-NEXT: text: t >= 0
