// A template is extracted once, as written; class invariants are listed
// under classes.
// RUN: %vouch extract %s -- -std=c++20 | FileCheck %s

/// \pre lo <= hi
template <typename T> T clamp(T v, T lo, T hi) {
  return v < lo ? lo : v > hi ? hi : v;
}
int use() { return clamp(1, 0, 2) + clamp(3L, 0L, 2L); }

/// \invariant size_ <= 8
class Small {
  unsigned size_ = 0;

public:
  /// \post size_ == 0
  Small() = default;
};

// CHECK: - name: clamp
// CHECK-NEXT: signature: T (T, T, T)
// CHECK-NEXT: kind: function
// CHECK-NEXT: template: true
// CHECK-NOT: - name: clamp
// CHECK: - name: Small::Small
// CHECK-NEXT: signature: void ()
// CHECK-NEXT: kind: constructor
// CHECK: classes:
// CHECK-NEXT: - name: Small
// CHECK: invariants:
// CHECK-NEXT: - kind: invariant
// CHECK: text: size_ <= 8
