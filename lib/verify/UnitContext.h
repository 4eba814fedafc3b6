//===- UnitContext.h - The Z3 context a unit's functions use ----*- C++ -*-===//
//
// What the solver answers, and which model a counterexample comes from,
// must depend on the function alone, not on what the unit verified before
// it: Z3 numbers its terms in order of creation, and its heuristics follow
// those numbers. So a function that asks the solver anything is verified in
// a context no other function has used. Most functions ask nothing (every
// obligation simplifies away); they are encoded in whatever context is at
// hand. One context is held at a time: each costs 17 MB of resident memory.
// Once a function that asked the solver is done, the unit is taken to hold
// runs of such functions (annotated code does): from the next one on, the
// context after it is made while it is verified, and no function waits
// for one (the 1,000-function corpus waited 0.63 s of its 4.8 s). A run
// pays for one more context's memory.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_UNITCONTEXT_H
#define VOUCH_VERIFY_UNITCONTEXT_H

#include "verify/ContextSupply.h"

#include <optional>

namespace vouch::verify {

class UnitContext {
public:
  explicit UnitContext(ContextSupply &Supply = ContextSupply::global())
      : Supply(Supply) {}

  /// Whether fresh() can be had without replacing a used context.
  bool hasFresh() const { return !Held || !Used; }

  /// A context no function has used before this call.
  z3::context &fresh();

  /// The context held, whatever it served before.
  z3::context &any();

  /// The context held has been asked questions and is no use to the next
  /// function that asks any: it is replaced while the caller goes on.
  void retire();

private:
  z3::context &use();

  ContextSupply &Supply;
  std::optional<ContextLease> Held;
  bool Used = false;
  /// A context has been retired: the next is made ahead of need.
  bool InARun = false;
};

} // namespace vouch::verify

#endif // VOUCH_VERIFY_UNITCONTEXT_H
