//===- FunctionVerifier.cpp - Verdicts for one function -------------------===//
#include "verify/FunctionVerifier.h"

#include "verify/Counterexample.h"
#include "verify/Executor.h"
#include "verify/ObligationScan.h"
#include "verify/QuerySolver.h"
#include "verify/ReplayExpression.h"
#include "verify/UnreachedCalls.h"

#include "clang/AST/DeclCXX.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Timer.h"

#include <chrono>
#include <cstdlib>
#include <functional>

using namespace clang;

namespace vouch::verify {

namespace {

struct NeedsSolver {};

enum class Answer {
  Holds,
  Fails,
  Timeout,
  NotAsked,    // no answer could change the verdict
  OutOfBudget, // the function's solver time is spent
};

/// Solver time and queries spent on one piece of work.
struct SolverUse {
  double Seconds = 0;
  std::size_t Queries = 0;
  SolverUse &operator+=(const SolverUse &Other) {
    Seconds += Other.Seconds;
    Queries += Other.Queries;
    return *this;
  }
};

struct Solved {
  const Obligation *O = nullptr;
  Answer A = Answer::Timeout;
  std::optional<z3::model> Model;
  const Executor *Run = nullptr;
  SolverUse Used; // deciding this instance, cuts it depends on included
};

class Solver {
public:
  /// A probing solver answers only what simplification decides, and
  /// throws NeedsSolver at the first real question.
  Solver(z3::context &Z, const Options &Opts, FunctionReport &Stats,
         bool Probing)
      : S(Z, Opts), Stats(Stats), Probing(Probing),
        Budget(static_cast<double>(BudgetFactor) * Opts.ResourceLimit) {}

  /// Whether Formula has a model; the model if so.
  Answer check(const z3::expr &Formula, std::optional<z3::model> *Model) {
    z3::expr Simple = Formula.simplify();
    if (Simple.is_false())
      return Answer::Holds; // no question to ask
    if (Probing)
      throw NeedsSolver{};
    if (S.resourcesSpent() > Budget)
      return Answer::OutOfBudget;
    auto Start = std::chrono::steady_clock::now();
    z3::check_result R = S.check(Simple, Model);
    double Seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
            .count();
    Stats.SolverSeconds += Seconds;
    Stats.QuerySeconds.push_back(Seconds);
    if (R == z3::unsat)
      return Answer::Holds;
    if (R == z3::unknown && !S.ranOutOfResources())
      Stats.HitWallClock = true;
    return R == z3::sat ? Answer::Fails : Answer::Timeout;
  }

  /// Replaces Model by one that also meets as many of Wishes as the solver
  /// allows, trying them in order of importance: counterexamples read
  /// better with declared enumerators and small numbers.
  void prefer(const z3::expr &Formula, const std::vector<z3::expr> &Wishes,
              std::optional<z3::model> &Model) {
    for (std::size_t Keep = Wishes.size(); Keep > 0; --Keep) {
      z3::expr All = Formula;
      for (std::size_t I = 0; I < Keep; ++I)
        All = All && Wishes[I];
      std::optional<z3::model> Better;
      if (check(All, &Better) == Answer::Fails) {
        Model = std::move(Better);
        return;
      }
    }
  }

  /// What has been spent so far; the difference of two readings is what
  /// the work between them cost.
  SolverUse spent() const {
    return {Stats.SolverSeconds, Stats.QuerySeconds.size()};
  }

private:
  /// A function may spend this many per-query limits in all: one huge
  /// function must not stall a whole run.
  static constexpr unsigned BudgetFactor = 10;

  QuerySolver S;
  FunctionReport &Stats;
  bool Probing;
  double Budget;
};

SolverUse since(const SolverUse &Before, const SolverUse &Now) {
  return {Now.Seconds - Before.Seconds, Now.Queries - Before.Queries};
}

/// Solves every obligation of a run; cuts that are reachable add their
/// reason to what the obligations after them cannot prove.
std::vector<Solved> solveRun(const Executor &Run, Solver &S,
                             std::vector<Obligation> &Owned) {
  Owned = Run.obligations();
  // Whether each cut is reachable is asked only when a proof hangs on it.
  std::vector<std::optional<bool>> CutReached(Run.cuts().size());
  auto CutsBlocking = [&](std::size_t Index) {
    std::vector<std::string> Reasons;
    for (std::size_t C = 0; C < Run.cuts().size(); ++C) {
      const Executor::Cut &Cut = Run.cuts()[C];
      if (Index < Cut.FirstObligation)
        continue;
      if (!CutReached[C])
        CutReached[C] = S.check(Run.entryAssumption() && Cut.Reached,
                                nullptr) != Answer::Holds;
      if (*CutReached[C])
        Reasons.push_back(Cut.Reason);
    }
    return Reasons;
  };
  std::vector<Solved> Out;
  for (std::size_t I = 0; I < Owned.size(); ++I) {
    Obligation &O = Owned[I];
    for (const std::string &Caveat : Run.entryCaveats())
      O.NoRefutation.push_back(Caveat);
    Solved R;
    R.O = &O;
    R.Run = &Run;
    const SolverUse Before = S.spent();
    // Neither a proof nor a model would count: the verdict is Unknown.
    if (!O.NoProof.empty() && !O.NoRefutation.empty())
      R.A = Answer::NotAsked;
    else
      R.A = S.check(O.Guard && !O.Holds, &R.Model);
    // A model is a real path whatever the bound; a proof is not.
    if (R.A == Answer::Holds && O.NoProof.empty())
      for (std::string &Reason : CutsBlocking(I))
        O.NoProof.push_back(std::move(Reason));
    R.Used = since(Before, S.spent());
    Out.push_back(std::move(R));
  }
  return Out;
}

/// What makes a counterexample easy to read, most important first.
std::vector<z3::expr> readableInputs(const Executor &Run, z3::context &Z) {
  z3::expr Enums = Z.bool_val(true), Small = Z.bool_val(true);
  for (const Input &I : Run.inputs()) {
    if (I.Initial.Kind.IsBool)
      continue;
    const unsigned W = I.Initial.Kind.Width;
    const z3::expr &V = I.Initial.Term;
    QualType T = I.Type.getCanonicalType();
    if (const auto *ET = T->getAs<EnumType>()) {
      z3::expr Any = Z.bool_val(false);
      for (const EnumConstantDecl *EC : ET->getDecl()->enumerators())
        Any = Any ||
              V == Z.bv_val(toString(EC->getInitVal(), 10, false).c_str(), W);
      Enums = Enums && Any;
      continue;
    }
    if (W <= 8)
      continue;
    if (I.Initial.Kind.Signed)
      Small = Small && z3::sge(V, Z.bv_val(-1000, W)) &&
              z3::sle(V, Z.bv_val(1000, W));
    else
      Small = Small && z3::ule(V, Z.bv_val(1000, W));
  }
  return {Enums, Small};
}

bool isPreservationKey(const std::string &Key) {
  return llvm::StringRef(Key).ends_with("!preserved");
}

std::string unknownReason(const std::vector<const Solved *> &Concrete,
                          const std::vector<const Solved *> &Abstract,
                          bool AbstractSound) {
  for (const std::vector<const Solved *> *Run : {&Concrete, &Abstract})
    for (const Solved *S : *Run)
      if (S->A == Answer::Timeout)
        return "the solver gave no answer within its limits";
  for (const std::vector<const Solved *> *Run : {&Concrete, &Abstract})
    for (const Solved *S : *Run)
      if (S->A == Answer::OutOfBudget)
        return "the solver time allowed for this function ran out";
  for (const Solved *S : Concrete)
    if (S->A == Answer::Fails && !S->O->NoRefutation.empty())
      return "a counterexample was found, but it may not be real: " +
             S->O->NoRefutation.front();
  for (const Solved *S : Abstract)
    if (S->A != Answer::Holds && isPreservationKey(S->O->Key) &&
        S->O->NoProof.empty())
      return "it holds for the iterations explored, but is not inductive: "
             "one iteration from a state where the loop invariants hold can "
             "break it";
  if (!Abstract.empty() && !AbstractSound)
    return "the loop invariants it depends on are not proved";
  for (const Solved *S : Concrete)
    if (!S->O->NoProof.empty())
      return S->O->NoProof.front();
  for (const Solved *S : Abstract)
    if (!S->O->NoProof.empty())
      return S->O->NoProof.front();
  return "the loop invariants and callee contracts are too weak to prove it";
}

/// VOUCH_SCAN_CROSSCHECK=1 verifies the functions the scan skips anyway
/// and stops at the first that has a finding; =pretend-all-free makes the
/// scan skip every function, to show that the cross-check can fail.
enum class ScanCheck { Off, Crosscheck, PretendAllFree };

ScanCheck scanCheckMode() {
  static const ScanCheck Mode = [] {
    const char *V = std::getenv("VOUCH_SCAN_CROSSCHECK");
    if (!V || !*V || llvm::StringRef(V) == "0")
      return ScanCheck::Off;
    if (llvm::StringRef(V) == "pretend-all-free")
      return ScanCheck::PretendAllFree;
    return ScanCheck::Crosscheck;
  }();
  return Mode;
}

} // namespace

bool FunctionVerifier::isCandidate(const FunctionDecl *FD) {
  return FD->doesThisDeclarationHaveABody() && FD->getBody() &&
         !FD->isDependentContext() && !FD->isInvalidDecl() &&
         !FD->isDefaulted();
}

FunctionReport FunctionVerifier::verify(const FunctionDecl *FD) {
  auto Start = std::chrono::steady_clock::now();
  double ExtractedBefore = Contracts.extractionSeconds();
  ScanCheck Check = scanCheckMode();
  bool Owes = Check == ScanCheck::PretendAllFree
                  ? false
                  : ObligationScan(Contracts).mayOwe(FD);
  FunctionReport Report;
  if (!Owes && Check == ScanCheck::Off) {
    // Nothing to decide: no contract, and no operation, read or path the
    // executor would check.
    Report.Function = FD;
  } else if (Unit.hasFresh()) {
    // No probe: the context is fresh, so whatever the solver answers in it
    // is the function's own answer. Most often the previous function asked
    // the solver, and so will this one (annotated code comes in runs).
    Report = verifyIn(Unit.fresh(), FD, /*Probing=*/false);
  } else {
    try {
      // Most functions need no solver at all: every obligation simplifies
      // away, whatever the context has served before.
      Report = verifyIn(Unit.any(), FD, /*Probing=*/true);
    } catch (const NeedsSolver &) {
      Report = verifyIn(Unit.fresh(), FD, /*Probing=*/false);
    }
  }
  if (!Report.QuerySeconds.empty())
    Unit.retire();
  if (!Owes && !Report.Findings.empty())
    llvm::report_fatal_error(
        llvm::Twine("VOUCH_SCAN_CROSSCHECK: the obligation scan skips '") +
            FD->getQualifiedNameAsString() + "', which has " +
            llvm::Twine(Report.Findings.size()) +
            " finding(s), the first: " + Report.Findings.front().Message,
        /*gen_crash_diag=*/false);
  Report.SkippedByScan = !Owes;
  Report.Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
          .count();
  Report.ExtractionSeconds = Contracts.extractionSeconds() - ExtractedBefore;
  return Report;
}

void FunctionVerifier::reportUnreached(const FunctionDecl *FD,
                                       const std::vector<std::string> &Keys,
                                       const Executor &Concrete,
                                       const Executor *Abstract,
                                       FunctionReport &Report) {
  // Without code it did not model, a call the executor did not reach is
  // on no path (after a return, for example): it owes nothing.
  const std::vector<std::string> *NotModelled = &Concrete.notModelled();
  if (NotModelled->empty() && Abstract)
    NotModelled = &Abstract->notModelled();
  if (NotModelled->empty())
    return;
  std::set<std::string> Reached(Keys.begin(), Keys.end());
  for (const OwedPrecondition &P : preconditionsOwedIn(FD, Contracts)) {
    if (!Reached.insert(P.Key).second)
      continue;
    Finding F;
    F.Kind = ObligationKind::Precondition;
    F.Loc = P.Loc;
    F.Clause = P.Clause;
    F.ClauseText = P.Clause->Clause.Text;
    F.Result = Verdict::Unknown;
    F.Reason = "the call was not analysed: " + NotModelled->front();
    F.Message = P.Subject + " could not be decided: " + F.Reason;
    F.Notes.push_back({P.Clause->locationAt(0), "precondition written here"});
    Report.Findings.push_back(std::move(F));
  }
}

FunctionReport FunctionVerifier::verifyIn(z3::context &Z,
                                          const FunctionDecl *FD,
                                          bool Probing) {
  FunctionReport Report;
  Report.Function = FD;
  Solver S(Z, Opts, Report, Probing);

  Executor Concrete(Z, Contracts, Mode::Concrete, Opts, FD);
  Concrete.run();
  std::vector<Obligation> ConcreteOwned;
  std::vector<Solved> ConcreteSolved = solveRun(Concrete, S, ConcreteOwned);

  bool NeedAbstract = false;
  for (const Solved &R : ConcreteSolved)
    if (!(R.A == Answer::Fails && R.O->NoRefutation.empty()) &&
        !(R.A == Answer::Holds && R.O->NoProof.empty()) &&
        !R.O->AfterUnsupported)
      NeedAbstract = true;
  std::optional<Executor> Abstract;
  std::vector<Obligation> AbstractOwned;
  std::vector<Solved> AbstractSolved;

  if (NeedAbstract) {
    Abstract.emplace(Z, Contracts, Mode::Abstract, Opts, FD);
    Abstract->run();
    AbstractSolved = solveRun(*Abstract, S, AbstractOwned);
  }

  // What each obligation cost the solver, over all its instances (those
  // of inlined callees too: their queries are this function's).
  std::map<std::string, SolverUse> UseByKey;
  for (const std::vector<Solved> *Run : {&ConcreteSolved, &AbstractSolved})
    for (const Solved &R : *Run)
      UseByKey[R.O->Key] += R.Used;

  // Group the instances of each obligation, in order of first appearance.
  std::vector<std::string> Keys;
  std::map<std::string, std::vector<const Solved *>> ByKeyConcrete,
      ByKeyAbstract;
  for (const Solved &R : ConcreteSolved) {
    if (R.O->InInlinedCallee)
      continue;
    if (!ByKeyConcrete.count(R.O->Key) && !ByKeyAbstract.count(R.O->Key))
      Keys.push_back(R.O->Key);
    ByKeyConcrete[R.O->Key].push_back(&R);
  }
  for (const Solved &R : AbstractSolved) {
    if (R.O->InInlinedCallee)
      continue;
    if (!ByKeyConcrete.count(R.O->Key) && !ByKeyAbstract.count(R.O->Key))
      Keys.push_back(R.O->Key);
    ByKeyAbstract[R.O->Key].push_back(&R);
  }

  // An abstract proof stands when the loop invariants it assumed are
  // proved too (a loop's own invariants are its induction hypothesis).
  std::map<std::string, bool> TrustMemo;
  std::function<bool(const std::string &)> Trusted =
      [&](const std::string &Key) -> bool {
    if (auto It = TrustMemo.find(Key); It != TrustMemo.end())
      return It->second;
    TrustMemo[Key] = false; // no cycles through a dependency
    const std::vector<const Solved *> &A = ByKeyAbstract[Key];
    bool Ok = !A.empty();
    for (const Solved *R : A) {
      if (R->A != Answer::Holds || !R->O->NoProof.empty())
        Ok = false;
      for (const auto &[Loop, Dep] : R->O->ReliesOn)
        if (Ok && Loop != R->O->OwnLoop && Dep != Key && !Trusted(Dep))
          Ok = false;
    }
    return TrustMemo[Key] = Ok;
  };

  const ASTContext &Ctx = FD->getASTContext();
  for (const std::string &Key : Keys) {
    const std::vector<const Solved *> &C = ByKeyConcrete[Key];
    const std::vector<const Solved *> &A = ByKeyAbstract[Key];
    const Solved *First = !C.empty() ? C.front() : A.front();
    Finding F;
    F.Kind = First->O->Kind;
    F.Loc = First->O->Loc;
    F.Clause = First->O->Clause;
    if (F.Clause)
      F.ClauseText = F.Clause->Clause.Text;

    const Solved *Witness = nullptr;
    for (const Solved *R : C)
      if (R->A == Answer::Fails && R->O->NoRefutation.empty()) {
        Witness = R;
        break;
      }
    auto ProvedBy = [](const std::vector<const Solved *> &Rs) {
      if (Rs.empty())
        return false;
      for (const Solved *R : Rs)
        if (R->A != Answer::Holds || !R->O->NoProof.empty())
          return false;
      return true;
    };
    if (Witness) {
      std::optional<z3::model> Model = Witness->Model;
      const SolverUse Before = S.spent();
      S.prefer(Witness->O->Guard && !Witness->O->Holds,
               readableInputs(*Witness->Run, Z), Model);
      UseByKey[Key] += since(Before, S.spent());
      F.Result = Verdict::Violated;
      F.Loc = Witness->O->Loc;
      F.Message = Witness->O->Violation;
      describeCounterexample(*Model, *Witness->O, *Witness->Run, Ctx, F);
      F.ClauseOwner = Witness->O->Callee ? Witness->O->Callee : FD;
      if (F.Clause && F.Clause->Clause.Expression)
        F.Replay =
            toReplayExpression(*F.Clause->Clause.Expression, F.ClauseOwner);
    } else if (ProvedBy(C) || (ProvedBy(A) && Trusted(Key))) {
      F.Result = Verdict::Proved;
      // "signed overflow in 'x + 1' is proved" would read as the overflow
      // being certain.
      F.Message =
          First->O->Subject + (F.Kind == ObligationKind::UndefinedBehavior
                                   ? " cannot happen (proved)"
                                   : " is proved");
    } else {
      F.Result = Verdict::Unknown;
      F.Reason = unknownReason(C, A, !ProvedBy(A) || Trusted(Key));
      F.Message = First->O->Subject + " could not be decided: " + F.Reason;
    }
    if (F.Clause && !First->O->ClauseNote.empty())
      F.Notes.push_back({F.Clause->locationAt(0), First->O->ClauseNote});
    Report.Findings.push_back(std::move(F));
  }

  reportUnreached(FD, Keys, Concrete, Abstract ? &*Abstract : nullptr, Report);

  // Preconditions that no input satisfies make every proof vacuous.
  // Prose alone is not a contract: such a function is treated as one
  // without, so that its undecided undefined behaviour stays quiet.
  Report.HasContract = llvm::any_of(
      Contracts.of(FD).Clauses, [](const extract::ExtractedClause &Cl) {
        return Cl.Clause.Status != ir::ClauseStatus::Informal;
      });
  if (const auto *M = dyn_cast<CXXMethodDecl>(FD))
    Report.HasContract |=
        !Contracts.invariantsOf(M->getParent()).Invariants.empty();
  bool HasPrecondition = false;
  for (const extract::ExtractedClause &Cl : Contracts.of(FD).Clauses)
    if (Cl.Clause.Kind == ir::ClauseKind::Precondition && isUsable(Cl))
      HasPrecondition = true;
  if (HasPrecondition) {
    Finding F;
    F.Kind = ObligationKind::Vacuity;
    F.Loc = FD->getLocation();
    const SolverUse Before = S.spent();
    const bool Vacuous =
        S.check(Concrete.entryAssumption(), nullptr) == Answer::Holds;
    // A key no executor obligation has.
    UseByKey["!preconditions-satisfiable"] += since(Before, S.spent());
    if (Vacuous) {
      F.Result = Verdict::Violated;
      F.Message = "the preconditions of '" + FD->getQualifiedNameAsString() +
                  "' are unsatisfiable: no input meets them, so every "
                  "proof about it is vacuous";
      for (const extract::ExtractedClause &Cl : Contracts.of(FD).Clauses)
        if (Cl.Clause.Kind == ir::ClauseKind::Precondition && isUsable(Cl))
          F.Notes.push_back({Cl.locationAt(0), "precondition written here"});
      Report.Findings.push_back(std::move(F));
    }
  }
  for (const auto &[Key, Use] : UseByKey)
    if (Use.Queries)
      Report.ObligationSeconds.push_back(Use.Seconds);
  for (const extract::ExtractedClause &Cl : Contracts.of(FD).Clauses) {
    Report.Clauses += isUsable(Cl);
    Report.InformalClauses += Cl.Clause.Status == ir::ClauseStatus::Informal;
  }
  return Report;
}

} // namespace vouch::verify
