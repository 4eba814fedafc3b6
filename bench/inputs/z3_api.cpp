// bench-flags: -std=c++20
// A translation unit that includes Z3's C++ API (z3++.h, a large header of
// inline code) and uses a little of it, with no contracts.
#include <iostream>
#include <z3++.h>

int main() {
  z3::context ctx;
  z3::solver solver(ctx);
  z3::expr x = ctx.bv_const("x", 32);
  z3::expr y = ctx.bv_const("y", 32);
  solver.add(x + y == ctx.bv_val(10, 32));
  solver.add(z3::ult(x, y));
  if (solver.check() == z3::sat)
    std::cout << solver.get_model() << '\n';
  return 0;
}
