//===- UnitContext.cpp - The Z3 context a unit's functions use ------------===//
#include "verify/UnitContext.h"

namespace vouch::verify {

z3::context &UnitContext::fresh() {
  if (!hasFresh())
    retire();
  return use();
}

z3::context &UnitContext::any() { return use(); }

void UnitContext::retire() {
  if (!Held)
    return;
  Held->giveBack(/*Replace=*/true);
  Held.reset();
}

z3::context &UnitContext::use() {
  if (!Held) {
    Held.emplace(Supply.take());
    Used = false;
  }
  Used = true;
  return **Held;
}

} // namespace vouch::verify
