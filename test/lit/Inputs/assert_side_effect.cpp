#include <cassert>

/// \pre z > 0
int f(int x) {
  int y = x;
  assert(y++ > 0);
  return y;
}
