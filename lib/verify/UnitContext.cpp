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
  // In a run, the next context was asked for when this one was taken.
  Held->giveBack(/*Replace=*/!InARun);
  Held.reset();
  InARun = true;
}

z3::context &UnitContext::use() {
  if (!Held) {
    Held.emplace(Supply.take());
    Used = false;
    if (InARun)
      Supply.prepareAnother();
  }
  Used = true;
  return **Held;
}

} // namespace vouch::verify
