#include "sizes.h"

int round_up8(int n) {
#ifdef PLANT_BUG
  return (n + 8) / 8 * 8; // one block too many when n is a multiple of 8
#else
  return (n + 7) / 8 * 8;
#endif
}

int clamp(int x, int lo, int hi) {
  if (x < lo)
    return lo;
  if (x > hi)
    return hi;
  return x;
}
