// In a class template with a dependent base, a name the class does not
// declare may be the base's member: it is left unresolved (unsupported),
// never reported as undeclared, nor bound to an unrelated outer name.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 2>&1 | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
// RUN: %vouch extract %s -- -std=c++20 | FileCheck %s --check-prefix=IR

int get(int);

template <typename T> struct Base {
  long use_count() const { return 1; }
  T *get() const { return nullptr; }
};

/// \invariant count_ >= 0
template <typename T> struct Shared : Base<T> {
  long count_ = 0;
  /// \post use_count() == 1 && get() != nullptr
  Shared();
};

// IR: text: use_count() == 1 && get() != nullptr
// IR: diagnostic: "'use_count' is not declared in the class and may be a member of a dependent base class"

// Names that depend on a template parameter are left unresolved too.
template <typename T> struct Traits {
  using pointer = T *;
  /// \pre pointer::valid(p) && T::check(p)
  static void use(pointer p);
};

/// \pre T(lo) <= T(hi)
template <typename T> T middle(T lo, T hi);

// IR: text: pointer::valid(p) && T::check(p)
// IR: diagnostic: "'pointer::valid' depends on a template parameter and is resolved only at instantiation"
// IR: text: T(lo) <= T(hi)
// IR: diagnostic: "'T' depends on a template parameter and is resolved only at instantiation"
