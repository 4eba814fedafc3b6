// Contracts on constructors, destructors, operators and conversions.
// RUN: %vouch -checks='-*,contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error}}:'

class Fraction {
public:
  /// \pre den != 0
  /// \post this->den_ != 0
  Fraction(int num, int den) : num_(num), den_(den) {}

  /// \pre den_ != 0
  ~Fraction() {}

  /// \pre other.den_ != 0
  /// \post result.den_ != 0
  Fraction operator*(const Fraction &other) const {
    return {num_ * other.num_, den_ * other.den_};
  }

  /// \post result == (num_ != 0)
  explicit operator bool() const { return num_ != 0; }

  /// \pre den_ != 0 && result > 0
  // CHECK: :[[@LINE-1]]:25: warning: '\result' can only be used in a postcondition [contract-syntax]
  int floor() const { return num_ / den_; }

private:
  int num_, den_;
};
