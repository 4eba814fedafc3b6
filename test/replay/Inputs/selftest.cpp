// Input of the replay harness's self-test (replay.py --selftest): one
// finding of each kind, each with exactly the counterexample the self-test
// expects, so that it can also hand vouch's JSON a wrong one and check that
// the harness reports FAILED.
// RUN: %vouch %s -- -std=c++20
#include <cassert>

/// \post result <= 10
int clamp(int x) { return x > 10 ? 10 : (x == 10 ? 11 : x); }

/// \invariant value_ <= limit_
class Meter {
public:
  Meter() = default;
  void add(unsigned d) { value_ += d; }

private:
  unsigned value_ = 0, limit_ = 100;
};

void checked_half(int x) { assert(x % 2 == 0); }

int ratio(int num, int den) { return num / den; }

/// \pre v >= 16
int root(int v) { return v / 4; }
int call_root(int v) { return root(v); }

int count_up(int n) {
  int s = 0;
  //@ loop invariant s <= 3;
  for (int i = 0; i < n && i < 10; ++i)
    s++;
  return s;
}

/// \post result != 6
int twice(int x) { return x + x; }

// The counterexample makes the clause itself undefined: x * 2 overflows.
/// \post result == x * 2
int doubled(int x) { return x << 1; }
