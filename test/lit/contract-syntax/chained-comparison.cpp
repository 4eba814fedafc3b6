// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'
// RUN: %vouch extract %s -- -std=c++20 2>/dev/null | FileCheck %s --check-prefix=SPEC

// In a doc comment a clause is C++, where `0 <= i < n` means
// `(0 <= i) < n`: the clause is refused, with the rewrite.
/// \pre 0 <= i < n
// CHECK: :[[@LINE-1]]:10: warning: comparisons do not chain in C++: '0 <= i < n' means '(0 <= i) < n'; write '0 <= i && i < n' [contract-syntax]
int at(const int *v, int i, int n);

// The spec IR keeps the clause, marked invalid with the same message.
// SPEC: status: invalid
// SPEC-NEXT: text: 0 <= i < n
// SPEC: diagnostic: "comparisons do not chain in C++: '0 <= i < n' means '(0 <= i) < n'; write '0 <= i && i < n'"

// The middle operand is repeated whole, spelled as written.
/// \post 0 <= result +  1 < n
// CHECK: :[[@LINE-1]]:11: warning: comparisons do not chain in C++: '0 <= result +  1 < n' means '(0 <= result +  1) < n'; write '0 <= result +  1 && result +  1 < n' [contract-syntax]
int below(int n);

// In parentheses the C++ reading is what the author asked for.
/// \pre (0 <= i) < n
int explicit_bool(int i, int n);

// Two relations compared for equality are not a chain.
/// \pre (a < b) == (c < d) && a < b == c < d
bool same_order(int a, int b, int c, int d);

// ACSL reads a chain as mathematics.
//@ requires 0 <= i < n;
int acsl_at(const int *v, int i, int n);
// SPEC: name: acsl_at
// SPEC: status: formal
// SPEC-NEXT: text: 0 <= i < n
// SPEC: expression:
// SPEC-NEXT: kind: binary
// SPEC-NEXT: op: "&&"
