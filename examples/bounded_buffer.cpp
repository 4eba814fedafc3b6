// A bounded buffer of the kind an assistant writes in a minute: contracts in
// doc comments, an ACSL loop invariant, asserts in the body. Two of its
// contracts are wrong as written; `vouch` points at both.
#include <cassert>
#include <climits>
#include <cstddef>

/// A fixed-capacity buffer of ints.
/// \invariant size_ <= Capacity
class BoundedBuffer {
public:
  static constexpr std::size_t Capacity = 64;

  /// \post result <= Capacity
  std::size_t size() const { return size_; }

  /// \post result == (size_ == Capacity)
  bool full() const { return size_ == Capacity; }

  /// Appends a value.
  /// \pre !full()
  /// \post size_ == old(size_) + 1
  void push(int value) {
    assert(!full() && "push on a full buffer");
    items_[size_++] = value;
  }

  /// Removes and returns the last value.
  /// \pre size_ > 0
  /// \post result == items_[size_]
  int pop() { return items_[--size_]; }

  /// Precondition: `count <= size_`
  /// Postcondition: `size_ = old(size_) - count`
  void drop(std::size_t count) { size_ -= count; }

  /// Sum of the stored values.
  /// \pre total_limit() > 0
  long sum() const {
    long total = 0;
    //@ loop invariant i <= size_;
    for (std::size_t i = 0; i < size_; ++i)
      total += items_[i];
    return total;
  }

private:
  int items_[Capacity] = {};
  std::size_t size_ = 0;
};

/// Saturating increment: never wraps past INT_MAX.
/// \pre value >= 0
/// \post result >= value && result <= INT_MAX
int saturating_increment(int value) {
  return value == INT_MAX ? value : value + 1;
}
