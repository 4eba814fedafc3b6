// A template's contract is checked once, as written, however many times the
// template is instantiated.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

/// \pre lo <= hi
/// \post result >= lo && result <= hi && missing
// CHECK: :[[@LINE-1]]:43: warning: use of undeclared identifier 'missing' in a contract of 'clamp' [contract-syntax]
template <typename T> T clamp(T v, T lo, T hi) {
  return v < lo ? lo : v > hi ? hi : v;
}

template <typename T> struct Box {
  T value;
  /// \pre value.size() > 0
  T get() const { return value; }
};

int use() { return clamp(1, 0, 2) + clamp(3L, 0L, 2L) + (int)clamp('a', 'b', 'c'); }
