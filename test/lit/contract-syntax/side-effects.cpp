// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

int log_value(int);
constexpr int square(int v) { return v * v; }
[[gnu::pure]] int lookup(int key);

struct Stack {
  int size_ = 0;
  bool empty() const { return size_ == 0; }
  int pop();

  /// \post size_ = 0
  // CHECK: :[[@LINE-1]]:19: warning: assignment in a contract has side effects; did you mean '=='? [contract-syntax]
  void clear();

  /// \pre size_++ < 10
  // CHECK: :[[@LINE-1]]:12: warning: '++' modifies its operand; contracts must not have side effects [contract-syntax]
  void push(int v);

  /// \pre size_ += 1
  // CHECK: :[[@LINE-1]]:18: warning: '+=' modifies its left operand; contracts must not have side effects [contract-syntax]
  void grow();

  /// \pre pop() > 0
  // CHECK: :[[@LINE-1]]:12: warning: call to non-const member function 'pop' may modify the object; contracts must not have side effects [contract-syntax]
  void drop();

  /// \pre !empty()
  void top() const;
};

/// \pre log_value(x) > 0
// CHECK: :[[@LINE-1]]:10: warning: call to 'log_value', which is neither constexpr nor declared {{\[\[}}gnu::pure]]/{{\[\[}}gnu::const]]; contracts must not have side effects [contract-syntax]
void f(int x);

// constexpr and pure functions may be called.
/// \pre square(x) < 100 && lookup(x) != 0
void g(int x);
