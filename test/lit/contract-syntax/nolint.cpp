// NOLINT comments suppress contract-syntax as any clang-tidy check.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 2>&1 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/// \pre nope > 0 // NOLINT(contract-syntax)
void a(int x);

// NOLINTNEXTLINE(contract-syntax)
/// \pre nope > 0
void b(int x);

/// \pre nope > 0
// CHECK: :[[@LINE-1]]:10: warning: use of undeclared identifier 'nope' in a contract of 'c' [contract-syntax]
void c(int x);
// CHECK: Suppressed 2 warnings (2 NOLINT)
