//===- QuerySolver.cpp - One satisfiability question at a time ------------===//
#include "verify/QuerySolver.h"

#include <algorithm>

namespace vouch::verify {

namespace {

/// Z3's resource count. It is the context's, not the solver's: every solver
/// of a context reports the same running total.
double resourceCount(const z3::solver &S) {
  z3::stats St = S.statistics();
  for (unsigned I = 0; I < St.size(); ++I)
    if (St.key(I) == "rlimit count")
      return St.is_uint(I) ? St.uint_value(I) : St.double_value(I);
  return 0;
}

} // namespace

QuerySolver::QuerySolver(z3::context &Z, const Options &Opts)
    : Z(Z), FullResourceLimit(Opts.ResourceLimit), TimeoutMs(Opts.TimeoutMs),
      Quick(Z, z3::solver::simple()) {
  z3::params QuickParams(Z);
  QuickParams.set("timeout", TimeoutMs);
  QuickParams.set("rlimit", std::min(QuickLimit, FullResourceLimit));
  Quick.set(QuickParams);
}

z3::check_result QuerySolver::check(const z3::expr &Formula,
                                    std::optional<z3::model> *Model) {
  double Before = resourceCount(Quick);
  Quick.push();
  Quick.add(Formula);
  z3::check_result R = Quick.check();
  if (R == z3::sat && Model)
    *Model = Quick.get_model();
  double QuickSpent = resourceCount(Quick) - Before;
  Quick.pop();
  // Z3 reports a resource limit reached inside a tactic as "canceled", as it
  // does a timeout: only the count tells the two apart.
  RanOut =
      R == z3::unknown && QuickSpent >= std::min(QuickLimit, FullResourceLimit);
  if (!RanOut || FullResourceLimit <= QuickLimit) {
    Spent += QuickSpent;
    return R;
  }
  ++Escalations;
  if (!BitBlasting) {
    BitBlasting.emplace(z3::tactic(Z, "qfbv").mk_solver());
    z3::params Full(Z);
    Full.set("timeout", TimeoutMs);
    Full.set("rlimit", FullResourceLimit);
    BitBlasting->set(Full);
  }
  double Escalated = resourceCount(*BitBlasting);
  BitBlasting->push();
  BitBlasting->add(Formula);
  R = BitBlasting->check();
  if (R == z3::sat && Model)
    *Model = BitBlasting->get_model();
  BitBlasting->pop();
  double After = resourceCount(*BitBlasting);
  RanOut = R == z3::unknown && After - Escalated >= FullResourceLimit;
  Spent += After - Before;
  return R;
}

} // namespace vouch::verify
