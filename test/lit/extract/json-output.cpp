// --format=json prints the same IR as JSON.
// RUN: %vouch extract --format=json %s -- -std=c++20 | FileCheck %s

struct Counter {
  int value = 0;
  /// \post value == old(value) + 1
  void bump() { ++value; }
};

// CHECK: "version": 1,
// CHECK: "name": "Counter::bump",
// CHECK: "signature": "void ()",
// CHECK: "kind": "method",
// CHECK: "kind": "postcondition",
// CHECK: "text": "value == old(value) + 1",
// CHECK: "kind": "old",
// CHECK: "kind": "field",
// CHECK-NEXT: "name": "Counter::value"
