//===- FunctionVerifier.h - Verdicts for one function -----------*- C++ -*-===//
//
// Runs the symbolic executor over a function (concretely, and abstractly
// where loops or callees need it), asks Z3 about every obligation, and
// combines the answers into one verdict per obligation:
//   - Violated: a concrete run found a model on an exactly modelled path;
//   - Proved:   no model exists, in a run whose every step is sound;
//   - Unknown:  anything else, with the reason.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_FUNCTIONVERIFIER_H
#define VOUCH_VERIFY_FUNCTIONVERIFIER_H

#include "verify/ContractIndex.h"
#include "verify/Obligation.h"
#include "verify/Options.h"
#include "verify/UnitContext.h"

namespace vouch::verify {

class Executor;

struct FunctionReport {
  const clang::FunctionDecl *Function = nullptr;
  std::vector<Finding> Findings;
  /// The function, or its class, states a contract or an in-body check.
  bool HasContract = false;
  /// For the run summary and --stats: the function's usable clauses, the
  /// time spent on it, and each solver query's time.
  unsigned Clauses = 0;
  /// Clauses written as prose (ClauseStatus::Informal), not checked.
  unsigned InformalClauses = 0;
  double Seconds = 0;
  double SolverSeconds = 0;
  /// The part of Seconds spent reading contracts (its own and callees').
  double ExtractionSeconds = 0;
  std::vector<double> QuerySeconds;
  /// The solver time of each obligation that asked the solver at least
  /// once: all its queries (every unrolled instance, both modes, its cuts'
  /// reachability, a readable counterexample). Obligations that
  /// simplification decides cost the solver nothing and are not here.
  std::vector<double> ObligationSeconds;
  /// A query stopped at the wall-clock timeout rather than the resource
  /// limit: its Unknown depends on the machine's load.
  bool HitWallClock = false;
  /// The obligation scan found nothing the function could owe, so the
  /// executor did not run (ObligationScan.h).
  bool SkippedByScan = false;
};

class FunctionVerifier {
public:
  /// Unit holds the Z3 context of the translation unit's functions.
  FunctionVerifier(UnitContext &Unit, ContractIndex &Contracts,
                   const Options &Opts)
      : Unit(Unit), Contracts(Contracts), Opts(Opts) {}

  /// Whether FD has something to verify: a body, and a contract, an
  /// in-body carrier, or operations that may be undefined.
  static bool isCandidate(const clang::FunctionDecl *FD);

  FunctionReport verify(const clang::FunctionDecl *FD);

private:
  FunctionReport verifyIn(z3::context &Z, const clang::FunctionDecl *FD,
                          bool Probing);
  /// Adds an Unknown for each precondition of a call in FD's body that
  /// the runs never reached because they stopped at code not modelled;
  /// Keys are the obligations they did reach.
  void reportUnreached(const clang::FunctionDecl *FD,
                       const std::vector<std::string> &Keys,
                       const Executor &Concrete, const Executor *Abstract,
                       FunctionReport &Report);

  UnitContext &Unit;
  ContractIndex &Contracts;
  Options Opts;
};

} // namespace vouch::verify

#endif // VOUCH_VERIFY_FUNCTIONVERIFIER_H
