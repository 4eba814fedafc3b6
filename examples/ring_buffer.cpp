// Index bookkeeping for a ring buffer, as an assistant writes it: the caller
// owns the slots, this class hands out their numbers. One contract is broken.
#include <cstdint>

/// `count_` elements in a ring of `capacity_` slots, the oldest in `head_`.
/// \invariant capacity_ > 0 && capacity_ <= MaxCapacity
/// \invariant head_ < capacity_
/// \invariant count_ <= capacity_
class RingIndex {
public:
  static constexpr std::uint32_t MaxCapacity = 1u << 16;

  /// \pre capacity > 0 && capacity <= MaxCapacity
  /// \post capacity_ == capacity && head_ == 0 && count_ == 0
  explicit RingIndex(std::uint32_t capacity)
      : capacity_(capacity), head_(0), count_(0), overruns_(0) {}

  /// \post result == (count_ == 0)
  bool empty() const { return count_ == 0; }
  /// \post result == (count_ == capacity_)
  bool full() const { return count_ == capacity_; }

  /// Slots a push can still take.
  /// \post result == capacity_ - count_ && result <= capacity_
  std::uint32_t free_slots() const { return capacity_ - count_; }

  /// The slot of the i-th oldest element.
  /// \pre i < count_
  /// \post result < capacity_
  std::uint32_t slot(std::uint32_t i) const {
    std::uint32_t at = head_ + i;
    if (at > capacity_)
      at -= capacity_;
    return at;
  }

  /// Reserves the slot after the newest element.
  /// \pre !full()
  /// \post count_ == old(count_) + 1 && head_ == old(head_)
  /// \post result < capacity_
  std::uint32_t push() {
    std::uint32_t at = wrap(head_ + count_);
    ++count_;
    return at;
  }

  /// Like push(), but when the ring is full, overwrites the oldest element
  /// and counts it in `overruns_`.
  /// \post count_ >= 1 && count_ >= old(count_)
  /// \post overruns_ >= old(overruns_)
  std::uint32_t push_overwrite() {
    if (full()) {
      head_ = wrap(head_ + 1);
      --count_;
      if (overruns_ != UINT32_MAX)
        ++overruns_;
    }
    return push();
  }

  /// Releases the oldest element and returns its slot.
  /// \pre !empty()
  /// \post count_ == old(count_) - 1 && result == old(head_)
  std::uint32_t pop() {
    std::uint32_t at = head_;
    head_ = wrap(head_ + 1);
    --count_;
    return at;
  }

private:
  /// \pre x < 2 * capacity_
  /// \post result < capacity_
  std::uint32_t wrap(std::uint32_t x) const {
    return x >= capacity_ ? x - capacity_ : x;
  }

  std::uint32_t capacity_, head_, count_, overruns_;
};
