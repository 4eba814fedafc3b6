// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

struct Base {
  int base_count = 0;
};

struct Account : Base {
  long balance = 0;
  static constexpr long Limit = 1000;
  static long created;

  /// \pre amount > 0 && amount <= Limit
  /// \post this->balance == old(balance) + amount && base_count >= 0
  void deposit(long amount);

  /// \pre Account::Limit > created
  static void open();

  /// \pre balance >= 0
  // CHECK: :[[@LINE-1]]:12: warning: member 'balance' used in a contract of a static member function [contract-syntax]
  static void audit();

  /// \post result->balance == 0
  static Account *make();

  /// \pre other.balance >= 0 && other.missing > 0
  // CHECK: :[[@LINE-1]]:40: warning: no member named 'missing' in 'Account' [contract-syntax]
  void merge(const Account &other);

  /// \pre this != nullptr
  void self_check() const;
};

/// \pre this->x > 0
// CHECK: :[[@LINE-1]]:10: warning: 'this' used in a contract of a non-member function [contract-syntax]
void free_function();
