// Replay corpus: loop invariants in while, do-while and for loops.
// RUN: %vouch %s -- -std=c++20
int evens(int n) {
  int i = 0, s = 0;
  //@ loop invariant s == i;
  while (i < n && i < 20) {
    s += i % 7 == 6 ? 2 : 1;
    ++i;
  }
  return s;
}

unsigned halve(unsigned x) {
  unsigned steps = 0;
  /// \invariant steps < 5
  do {
    x /= 2;
    ++steps;
  } while (x > 0);
  return steps;
}

int forever(int n) {
  int i = 0;
  //@ loop invariant i <= 3;
  for (;;) {
    if (i >= n || i >= 10)
      break;
    ++i;
  }
  return i;
}

int starts_wrong(int k) {
  int a = k;
  //@ loop invariant a >= 0;
  for (int j = 0; j < 3; ++j)
    a += 1;
  return a;
}
