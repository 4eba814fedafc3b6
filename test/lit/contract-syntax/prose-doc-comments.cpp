// Doc-comment clauses written in English for people are informal: quiet,
// counted in the summary, and reported only with StrictDocComments. Clauses
// meant as code (operators, no run of plain words) are still reported.
// RUN: %vouch --no-cache -checks='-*,contract-*' %s -- -std=c++20 > %t.out 2> %t.err
// RUN: FileCheck %s < %t.out -implicit-check-not='{{warning|error}}:'
// RUN: FileCheck %s --check-prefix=SUMMARY < %t.err
// RUN: %vouch --no-cache -checks='-*,contract-syntax' -config='{CheckOptions: {contract-syntax.StrictDocComments: true}}' %s -- -std=c++20 | FileCheck %s --check-prefixes=CHECK,STRICT
// SUMMARY: vouch: 3 informal clauses (prose) not checked

/// \pre the range is sorted
// STRICT: :[[@LINE-1]]:14: warning: unexpected 'range' after the expression [contract-syntax]
/// \post result is a valid index
// STRICT: :[[@LINE-1]]:18: warning: unexpected 'is' after the expression [contract-syntax]
int find(int n) { return n; }

/// \pre n > 0 && (n is even)
// STRICT: :[[@LINE-1]]:22: warning: expected ')' to match the '(' [contract-syntax]
// A prose precondition is not assumed, and alone is not a contract: the
// possible overflow below stays undecided and quiet, as in code without one.
int half(int n) { return (n + 1) / 2; }

/// \pre n > 0 m
// CHECK: :[[@LINE-1]]:16: warning: unexpected 'm' after the expression [contract-syntax]
void broken_code(int n, int m);

/// \pre (n + 1 > 0
// CHECK: :[[@LINE-1]]:20: warning: expected ')' to match the '(' [contract-syntax]
void unbalanced(int n);

// Backticks inside prose quote a name, not the condition: informal unless
// what they hold is a valid condition.
/// \pre The extract operator must be defined for `Point_2`.
// STRICT: :[[@LINE-1]]:52: warning: use of undeclared identifier 'Point_2' in a contract of 'quoted_name' [contract-syntax]
void quoted_name(int p);
/// \pre `n` is a power of two.
// STRICT: :[[@LINE-1]]:11: warning: contract clause has type 'int', not 'bool'; write a comparison such as 'n != 0' [contract-syntax]
void quoted_operand(int n);
/// \pre Precondition `n > 0` for every call
void quoted_condition(int n);

// Doxygen's inline markup is not part of the expression.
struct Flags {
  bool set_;
  int k;
  /// \post \c set_ is false
  // STRICT: :[[@LINE-1]]:21: warning: unexpected 'is' after the expression [contract-syntax]
  void reset();
  /// \pre \p v > 0 && @c k >= 0
  void use(int v);
};

// A prose clause in a place no clause belongs is prose, not misplaced.
/// \pre T is a copyable type
// STRICT: :[[@LINE-1]]:5: warning: '\pre' on a class; write it on one of its member functions [contract-syntax]
template <typename T> class Box { T value_; };
