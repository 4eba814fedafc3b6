// Replay corpus: SV-COMP conventions in C++ (extern "C" declarations).
// RUN: %vouch %s -- -std=c++20
#include <cassert>
extern "C" int __VERIFIER_nondet_int(void);
extern "C" char __VERIFIER_nondet_char(void);
extern "C" void __VERIFIER_assert(int cond);

int sum3() {
  int s = 0;
  for (int i = 0; i < 3; ++i) {
    int v = __VERIFIER_nondet_int();
    if (v < 0 || v > 10)
      return 0;
    s += v;
  }
  __VERIFIER_assert(s != 17);
  return s;
}

void letters() {
  char c = __VERIFIER_nondet_char();
  char d = __VERIFIER_nondet_char();
  assert(!(c == 'x' && d == 'y'));
}

void two_asserts(int x) {
  assert(x != 3);
  assert(x != 4);
}
