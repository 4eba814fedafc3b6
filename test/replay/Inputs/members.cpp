// Replay corpus: member functions, constructors, static members, member
// types and classes in namespaces. Every contract here is meant to be
// violated (or not) exactly as vouch says; replay.py checks the Violated ones.
// RUN: %vouch %s -- -std=c++20
#include <cstdint>

namespace shop {

/// \invariant count_ <= capacity_
class Basket {
public:
  using size_type = std::uint16_t;

  explicit Basket(size_type capacity) : count_(0), capacity_(capacity) {}

  /// \post count_ == old(count_) + n
  void add(size_type n) {
    if (count_ + n <= capacity_)
      count_ += n;
  }

  /// \post result <= 100
  int percent() const {
    return capacity_ == 0 ? 0 : static_cast<int>(count_) * 100 / capacity_;
  }

  /// \pre n <= count_
  /// \post count_ == old(count_) - n
  void take(size_type n) { count_ -= n; }

  /// \post result == (count_ == capacity_)
  bool full() const { return count_ >= capacity_ - 1; }

private:
  size_type count_, capacity_;
};

/// \invariant lo_ <= hi_
class Span {
public:
  /// \post lo_ == lo && hi_ == hi
  Span(int lo, int hi) : lo_(lo), hi_(hi) {}

  /// \post result >= 0
  long width() const { return static_cast<long>(hi_) - lo_ - 1; }

  void widen(int by) {
    if (by > 0 && hi_ < 1000 && by < 1000)
      hi_ += by;
    else
      lo_ = hi_ + 1 > hi_ ? hi_ + 1 : hi_;
  }

  /// \pre by >= 0 && by <= 10
  void grow(int by) { hi_ = hi_ + by; }
  void grow_twice() {
    grow(5);
    grow(hi_ - lo_);
  }

private:
  int lo_, hi_;
};

} // namespace shop

/// \invariant total_ >= 0
struct Account {
  /// \post result == total_ * 2
  static int doubled(int total_) { return total_ + total_ + 1; }

  /// \post total_ >= old(total_)
  void deposit(int amount) {
    if (amount != 0 && total_ < 1000000 && amount < 1000000 &&
        amount > -1000000)
      total_ += amount;
  }

  int total_ = 0;
  static int opened;
};
int Account::opened = 0;

namespace {
struct Hidden {
  /// \post result != 7
  int next() const { return v + 1; }
  unsigned char v;
};
} // namespace

class Outer {
public:
  struct Inner {
    /// \post result > x
    int bump(int by) const {
      return by > 0 && x < 100 && by < 100 ? x + by : x;
    }
    int x;
  };
};
