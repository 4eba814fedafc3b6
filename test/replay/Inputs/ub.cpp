// Replay corpus: undefined behaviour of each kind vouch models.
// RUN: %vouch %s -- -std=c++20
int shift_left(int v, int by) { return v << by; }
unsigned shift_unsigned(unsigned v, int by) { return v >> by; }
int negate(int v) { return -v; }
long long product(long long a, long long b) { return a * b; }
int remainder_of(int a, int b) { return a % b; }
short narrow_sum(short a, short b) { return static_cast<short>(a + b); }
int average(int a, int b) { return (a + b) / 2; }
int sign(int x) {
  if (x > 0)
    return 1;
  if (x < 0)
    return -1;
}
struct Counter {
  int next() { return value * 2; }
  int value;
};
int running(int n) {
  int s = 0;
  for (int i = 0; i < n && i < 8; ++i)
    s += i * 300000000;
  return s;
}
