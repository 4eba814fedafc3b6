// Stock clang-tidy loads vouch's checks as a plugin and reports the same
// diagnostics, byte for byte, as vouch itself.
// RUN: %clang_tidy -load=%vouch_plugin -checks='-*,contract-syntax' %s -- -std=c++20 > %t.tidy 2>/dev/null
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 > %t.vouch 2>/dev/null
// RUN: FileCheck %s < %t.tidy
// RUN: diff %t.tidy %t.vouch

/// \pre nope > 0
// CHECK: :[[@LINE-1]]:10: warning: use of undeclared identifier 'nope' in a contract of 'f' [contract-syntax]
// CHECK-NEXT: {{^}}    [[@LINE-2]] | /// \pre nope > 0
// CHECK-NEXT: {{^}}      |          ^
void f(int x);
