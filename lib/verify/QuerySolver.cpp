//===- QuerySolver.cpp - One satisfiability question at a time ------------===//
#include "verify/QuerySolver.h"

#include "verify/QueryRewrites.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

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

/// Whether Formula multiplies or divides by a term that is not a constant:
/// the SMT core spends its whole quick limit on nearly every such query,
/// and the bit-blasting solver answers it.
bool hasNonlinearArithmetic(const z3::expr &Formula) {
  std::vector<z3::expr> Todo{Formula};
  std::unordered_set<unsigned> Seen;
  while (!Todo.empty()) {
    z3::expr E = Todo.back();
    Todo.pop_back();
    if (!E.is_app() || !Seen.insert(E.id()).second)
      continue;
    unsigned N = E.num_args();
    switch (E.decl().decl_kind()) {
    case Z3_OP_BMUL: {
      unsigned Variable = 0;
      for (unsigned I = 0; I < N; ++I)
        Variable += !E.arg(I).is_numeral();
      if (Variable >= 2)
        return true;
      break;
    }
    case Z3_OP_BSDIV:
    case Z3_OP_BUDIV:
    case Z3_OP_BSREM:
    case Z3_OP_BUREM:
    case Z3_OP_BSMOD:
    case Z3_OP_BSDIV_I:
    case Z3_OP_BUDIV_I:
    case Z3_OP_BSREM_I:
    case Z3_OP_BUREM_I:
    case Z3_OP_BSMOD_I:
      if (N == 2 && !E.arg(1).is_numeral())
        return true;
      break;
    default:
      break;
    }
    for (unsigned I = 0; I < N; ++I)
      Todo.push_back(E.arg(I));
  }
  return false;
}

} // namespace

QuerySolver::QuerySolver(z3::context &Z, const Options &Opts)
    : Z(Z), FullResourceLimit(Opts.ResourceLimit), TimeoutMs(Opts.TimeoutMs),
      Quick(Z, z3::solver::simple()) {
  // No wall-clock timeout here: the resource limit stops this solver within
  // milliseconds, and Z3 4.8.12 runs a timer per check on a thread of its
  // own, which it wakes and then waits for by yielding. On the 1,000-function
  // corpus that cost 0.5 s in the kernel and 14,000 context switches, and
  // 12% of the run.
  z3::params QuickParams(Z);
  QuickParams.set("rlimit", std::min(QuickLimit, FullResourceLimit));
  Quick.set(QuickParams);
}

z3::check_result QuerySolver::check(const z3::expr &Formula,
                                    std::optional<z3::model> *Model) {
  z3::expr Restated =
      addEqualitiesOfOpposedBounds(liftComparisonsIntoConditionals(Formula));
  double Before = resourceCount(Quick);
  bool CanEscalate = FullResourceLimit > QuickLimit;
  if (!CanEscalate || !hasNonlinearArithmetic(Restated)) {
    Quick.push();
    Quick.add(Restated);
    z3::check_result R = Quick.check();
    if (R == z3::sat && Model)
      *Model = Quick.get_model();
    double QuickSpent = resourceCount(Quick) - Before;
    Quick.pop();
    // Z3 reports a resource limit reached inside a tactic as "canceled", as
    // it does a timeout: only the count tells the two apart.
    RanOut = R == z3::unknown &&
             QuickSpent >= std::min(QuickLimit, FullResourceLimit);
    if (!RanOut || !CanEscalate) {
      Spent += QuickSpent;
      return R;
    }
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
  BitBlasting->add(Restated);
  z3::check_result R = BitBlasting->check();
  if (R == z3::sat && Model)
    *Model = BitBlasting->get_model();
  BitBlasting->pop();
  double After = resourceCount(*BitBlasting);
  RanOut = R == z3::unknown && After - Escalated >= FullResourceLimit;
  Spent += After - Before;
  return R;
}

} // namespace vouch::verify
