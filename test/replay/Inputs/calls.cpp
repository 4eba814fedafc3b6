// Replay corpus: preconditions broken at call sites.
// RUN: %vouch %s -- -std=c++20
namespace math {
/// \pre d != 0
/// \pre n >= 0
int quotient(int n, int d) { return n / d; }
} // namespace math

int ratio_of(int a, int b) { return math::quotient(a, b - 1); }

/*@ requires 0 <= i && i < 8;
    ensures \result == i;
*/
int slot(int i) { return i; }

int walk(int start) {
  int s = 0;
  for (int k = start; k < start + 3 && k < 100; ++k)
    s += slot(k);
  return s;
}

/// \pre len <= 16
int declared_only(int len);

int use_declared(int n) {
  if (n > 20)
    return declared_only(n - 2);
  return 0;
}

class Gauge {
public:
  /// \pre v >= 0 && v <= max_
  void set(int v) { v_ = v; }
  void half_of(int v) { set(v / 2); }

private:
  int v_ = 0, max_ = 10;
};

// Unsatisfiable preconditions: reported as vacuous, which replay skips.
/// \pre n > 10
/// \pre n < 5
int impossible(int n) { return n; }
