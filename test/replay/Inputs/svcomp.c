// Replay corpus: SV-COMP conventions in C (nondet values, __VERIFIER_assert,
// reach_error declared but defined by the harness).
// RUN: %vouch %s -- -std=c11
extern int __VERIFIER_nondet_int(void);
extern unsigned int __VERIFIER_nondet_uint(void);
extern void __VERIFIER_assume(int cond);
extern void abort(void);
void reach_error(void);
void __VERIFIER_assert(int cond) {
  if (!cond) {
    reach_error();
    abort();
  }
}

int g;

/*@ ensures \result >= 0; */
int twice(int x) {
  if (x > 1000 || x < -1000)
    return 0;
  return 2 * x + 1;
}

int main(void) {
  int a = __VERIFIER_nondet_int();
  int b = __VERIFIER_nondet_int();
  __VERIFIER_assume(a > 0 && a < 100);
  __VERIFIER_assume(b > 0 && b < 100);
  unsigned int n = __VERIFIER_nondet_uint();
  __VERIFIER_assume(n < 5);
  int s = 0;
  for (unsigned int i = 0; i < n; ++i)
    s += __VERIFIER_nondet_int() % 3;
  __VERIFIER_assert(a + b != 42 || s > 0);
  return 0;
}

void count_down(int k) {
  g = k;
  while (g > 0 && g < 50)
    g -= 2;
  __VERIFIER_assert(g != -1);
}
