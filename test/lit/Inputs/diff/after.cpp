#include "api.h"

/// \post result > x
int up(int x) { return x + 1; }

int down(int x) { return x - 1; }

int sum(int a, int b) {
  return a + b;
}

int twice(int v) { return v * 2; }
