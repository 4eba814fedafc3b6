//===- QuerySolver.h - One satisfiability question at a time ----*- C++ -*-===//
//
// Most of vouch's queries are small: Z3's incremental SMT core answers them
// in a fraction of a millisecond. A few (products of variables, divisions,
// chains of signed comparisons) take that core hundreds of milliseconds,
// where Z3's solver for quantifier-free bit-vector formulas (simplify, then
// bit-blast to SAT) answers in tens; but that solver costs milliseconds
// even on a trivial query, several times a small query's whole cost. So
// every query goes to the SMT core first with a small resource limit, and
// only a query that runs out of it goes on to the bit-blasting solver, with
// the full limit. A query that multiplies or divides by a term that is not
// a constant goes straight to the bit-blasting solver: the SMT core nearly
// always spends its whole quick limit on those. Both limits count Z3's resource
// units, not time, so that which solver answers, and so the model a
// counterexample is read from, does not depend on the machine. vouch's formulas
// are bit-vector and Boolean only; the bit-blasting solver answers unknown to
// anything else.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_QUERYSOLVER_H
#define VOUCH_VERIFY_QUERYSOLVER_H

#include "verify/Options.h"

#include <z3++.h>

#include <optional>

namespace vouch::verify {

class QuerySolver {
public:
  /// The SMT core's limit per query, in Z3's resource units: 7 to 12 ms
  /// on the machine the figures of docs/performance.md come from.
  static constexpr unsigned QuickLimit = 50'000;

  QuerySolver(z3::context &Z, const Options &Opts);

  /// Whether Formula is satisfiable; a model of it in *Model when it is
  /// and Model is not null. Formula is first restated as QueryRewrites.h
  /// describes, which keeps its models.
  z3::check_result check(const z3::expr &Formula,
                         std::optional<z3::model> *Model);

  /// Whether the last check answered unknown because it used up its
  /// resource limit, not because of the wall-clock timeout (or any other
  /// reason): only then is the answer the same on every machine.
  bool ranOutOfResources() const { return RanOut; }
  /// Z3's resource units spent by all checks so far.
  double resourcesSpent() const { return Spent; }
  /// How many queries went on to the bit-blasting solver.
  unsigned escalations() const { return Escalations; }

private:
  z3::context &Z;
  unsigned FullResourceLimit;
  unsigned TimeoutMs;
  z3::solver Quick;
  /// Made at the first escalation: most functions never need it.
  std::optional<z3::solver> BitBlasting;
  double Spent = 0;
  unsigned Escalations = 0;
  bool RanOut = false;
};

} // namespace vouch::verify

#endif // VOUCH_VERIFY_QUERYSOLVER_H
