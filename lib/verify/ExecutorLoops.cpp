//===- ExecutorLoops.cpp - Loops and switches -----------------------------===//
//
// A loop with an invariant is, in abstract mode, cut at its head: the
// invariant must hold on entry, the variables the loop writes take any
// values satisfying it, and one iteration must preserve it. Otherwise the
// loop is unrolled up to the bound; paths that would go on are cut off,
// and every obligation that may depend on them loses its proof.
//
//===----------------------------------------------------------------------===//
#include "verify/Executor.h"

#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace vouch::verify {

namespace {

/// Variables a loop may write: direct stores, and everything a call may
/// reach.
class WriteCollector : public RecursiveASTVisitor<WriteCollector> {
public:
  std::set<const ValueDecl *> Written;
  bool Calls = false;

  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->isAssignmentOp())
      store(B->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->isIncrementDecrementOp())
      store(U->getSubExpr());
    return true;
  }
  bool VisitCallExpr(CallExpr *C) {
    const FunctionDecl *F = C->getDirectCallee();
    // assert's failure handler and the SV-COMP helpers write nothing.
    if (F && F->getIdentifier() &&
        (F->getName().starts_with("__assert") ||
         F->getName().starts_with("__VERIFIER_")))
      return true;
    Calls = true;
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

private:
  void store(const Expr *E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *R = dyn_cast<DeclRefExpr>(E))
      Written.insert(R->getDecl());
    else if (const auto *M = dyn_cast<MemberExpr>(E))
      Written.insert(M->getMemberDecl());
  }
};

} // namespace

void Executor::execLoop(const Stmt *Loop, const Stmt *Init, const Expr *Cond,
                        const Stmt *Body, const Expr *Inc, bool TestFirst,
                        State &St) {
  if (Init)
    exec(Init, St);
  if (St.isDead())
    return;
  std::vector<const extract::ExtractedClause *> Invariants;
  auto Found = Frames.back().LoopInvariants.find(Loop);
  if (Found != Frames.back().LoopInvariants.end())
    for (const extract::ExtractedClause *C : Found->second)
      if (isUsable(*C))
        Invariants.push_back(C);
  if (M == Mode::Abstract && !Invariants.empty())
    return abstractLoop(Loop, Cond, Body, Inc, TestFirst, Invariants, St);
  unrollLoop(Loop, Cond, Body, Inc, TestFirst, St);
}

void Executor::havocLoopWrites(const Expr *Cond, const Stmt *Body,
                               const Expr *Inc, State &St) {
  WriteCollector Writes;
  Writes.TraverseStmt(const_cast<Stmt *>(Body));
  if (Cond)
    Writes.TraverseStmt(const_cast<Expr *>(Cond));
  if (Inc)
    Writes.TraverseStmt(const_cast<Expr *>(Inc));
  for (auto &[D, V] : St.Vars) {
    bool Written = Writes.Written.count(D) ||
                   (Writes.Calls &&
                    (isa<FieldDecl>(D) || Globals.count(dyn_cast<VarDecl>(D))));
    if (Written)
      V = freshOf(V.Kind, D->getNameAsString() + "!loop");
  }
}

void Executor::iterate(const Stmt *Body, const Expr *Inc, State &St,
                       std::vector<State> &Exits) {
  Jumps.push_back(JumpTarget{});
  exec(Body, St);
  JumpTarget J = std::move(Jumps.back());
  Jumps.pop_back();
  for (State &B : J.Breaks)
    Exits.push_back(std::move(B));
  // `continue` joins the end of the body before the increment.
  J.Continues.push_back(St);
  St = mergeAll(J.Continues, St);
  if (Inc && !St.isDead())
    eval(Inc, St);
}

void Executor::unrollLoop(const Stmt *Loop, const Expr *Cond, const Stmt *Body,
                          const Expr *Inc, bool TestFirst, State &St) {
  std::size_t FirstObligation = Obligations.size();
  std::vector<const extract::ExtractedClause *> Invariants;
  auto Found = Frames.back().LoopInvariants.find(Loop);
  if (Found != Frames.back().LoopInvariants.end())
    Invariants = Found->second;
  std::vector<State> Exits;
  std::optional<State> AtCut;
  std::string CondText = Cond ? text(Cond) : "true";
  for (unsigned K = 0;; ++K) {
    for (const extract::ExtractedClause *Inv : Invariants) {
      std::string Subject = "loop invariant '" + Inv->Clause.Text + "'";
      z3::expr Defined = Z.bool_val(true);
      std::optional<z3::expr> V;
      if (isUsable(*Inv))
        V = evalClause(*Inv, St, nullptr, std::nullopt, Defined);
      if (!V) {
        std::string Why = whyNotUsable(*Inv);
        if (K == 0 && !Why.empty())
          undecidable(ObligationKind::LoopInvariant, Loop->getBeginLoc(),
                      Subject + " on entry to the loop",
                      Subject + " does not hold on entry to the loop", St, Inv,
                      "invariant written here", Why, "!entry");
        continue;
      }
      if (K == 0)
        require(ObligationKind::LoopInvariant, Loop->getBeginLoc(),
                Subject + " on entry to the loop",
                Subject + " does not hold on entry to the loop", Defined && *V,
                St, Inv, "invariant written here", "!entry");
      else
        require(ObligationKind::LoopInvariant, Loop->getBeginLoc(),
                Subject + " preserved by the loop body",
                Subject + " does not hold after iteration " + std::to_string(K),
                Defined && *V, St, Inv, "invariant written here", "!preserved");
    }
    if (TestFirst || K > 0) {
      z3::expr C = Z.bool_val(true);
      if (Cond) {
        std::optional<Value> V = eval(Cond, St);
        C = V ? Arith.truth(*V) : freshOf(ScalarKind::boolean(), "cond").Term;
      }
      if (St.isDead())
        break;
      decide(Cond ? Cond->getBeginLoc() : Loop->getBeginLoc(), St, C,
             "loop condition '" + CondText + "' is true: iteration " +
                 std::to_string(K + 1) + " begins",
             "loop condition '" + CondText +
                 "' is false: the loop ends after " + std::to_string(K) +
                 (K == 1 ? " iteration" : " iterations"));
      State Out = St;
      Out.assume(!C);
      Exits.push_back(std::move(Out));
      St.assume(C);
    }
    // What happens before the first iteration does not depend on how many
    // iterations are explored.
    if (K == 0)
      FirstObligation = Obligations.size();
    if (St.isDead())
      break;
    if (K == Opts.UnrollBound) {
      Cuts.push_back({St.Active,
                      "loop at " + where(Loop->getBeginLoc()) +
                          " not covered beyond " +
                          std::to_string(Opts.UnrollBound) + " iterations",
                      FirstObligation});
      AtCut = St;
      break;
    }
    iterate(Body, Inc, St, Exits);
    if (St.isDead())
      break;
  }
  State Fallback = St;
  St = mergeAll(Exits, Fallback);
  // The exit condition is simplified only after a cut: that costs the
  // length of the path.
  if (AtCut && !AtCut->isDead() &&
      (St.isDead() || St.Active.simplify().is_false())) {
    // No explored path leaves the loop (it runs a constant number of
    // times, above the bound): what follows would be on no path at all and
    // silently unchecked. Go on from any state the loop may leave instead;
    // the cut above takes the proofs there, and as none of it is a real
    // path, nothing there is refuted either.
    havocLoopWrites(Cond, Body, Inc, *AtCut);
    approximated(Cuts.back().Reason);
    St = *AtCut;
  }
}

void Executor::abstractLoop(
    const Stmt *Loop, const Expr *Cond, const Stmt *Body, const Expr *Inc,
    bool TestFirst, const std::vector<const extract::ExtractedClause *> &Invs,
    State &St) {
  auto Check = [&](const std::string &Suffix, const std::string &Which,
                   const std::string &When) {
    for (const extract::ExtractedClause *Inv : Invs) {
      z3::expr Defined = Z.bool_val(true);
      std::optional<z3::expr> V =
          evalClause(*Inv, St, nullptr, std::nullopt, Defined);
      std::string Subject = "loop invariant '" + Inv->Clause.Text + "'";
      require(ObligationKind::LoopInvariant, Loop->getBeginLoc(),
              Subject + Which, Subject + When,
              V ? Defined && *V : Z.bool_val(false), St, Inv,
              "invariant written here", Suffix);
      if (!Obligations.empty() && Obligations.back().Clause == Inv)
        Obligations.back().OwnLoop = Loop;
      if (!V)
        Obligations.back().NoProof.push_back(whyNotUsable(*Inv));
    }
  };
  Check("!entry", " on entry to the loop",
        " does not hold on entry to the loop");

  // Every iteration starts from any state the invariants allow.
  havocLoopWrites(Cond, Body, Inc, St);
  for (const extract::ExtractedClause *Inv : Invs) {
    z3::expr Defined = Z.bool_val(true);
    if (std::optional<z3::expr> V =
            evalClause(*Inv, St, nullptr, std::nullopt, Defined))
      St.assume(Defined && *V);
    std::string Subject = "loop invariant '" + Inv->Clause.Text + "'";
    SourceLocation At =
        reportedLoc(Ctx.getSourceManager(), Loop->getBeginLoc());
    for (auto [Which, Suffix] :
         {std::pair{" on entry to the loop", "!entry"},
          std::pair{" preserved by the loop body", "!preserved"}})
      ReliesOn.push_back({Loop, obligationKey(ObligationKind::LoopInvariant, At,
                                              Subject + Which, Suffix)});
  }

  std::vector<State> Exits;
  auto TestCondition = [&]() {
    z3::expr C = Z.bool_val(true);
    if (Cond) {
      std::optional<Value> V = eval(Cond, St);
      C = V ? Arith.truth(*V) : freshOf(ScalarKind::boolean(), "cond").Term;
    }
    State Out = St;
    Out.assume(!C);
    Exits.push_back(std::move(Out));
    St.assume(C);
  };
  if (TestFirst)
    TestCondition();
  iterate(Body, Inc, St, Exits);
  if (!TestFirst && !St.isDead())
    TestCondition();
  Check("!preserved", " preserved by the loop body",
        " is not preserved by the loop body");
  // What reaches the end of an iteration goes back to the head: covered.
  State Fallback = St;
  St = mergeAll(Exits, Fallback);
}

void Executor::execSwitch(const SwitchStmt *Sw, State &St) {
  if (Sw->getInit())
    exec(Sw->getInit(), St);
  if (Sw->getConditionVariableDeclStmt())
    exec(Sw->getConditionVariableDeclStmt(), St);
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Sw->getBody());
  std::optional<Value> C = eval(Sw->getCond(), St);
  if (!Body || !C) {
    if (!Body)
      unsupported("switch without a block", Sw->getBeginLoc());
    return;
  }
  // All case values first: `default` matches what none of them does.
  std::vector<z3::expr> Matches;
  for (const SwitchCase *SC = Sw->getSwitchCaseList(); SC;
       SC = SC->getNextSwitchCase())
    if (const auto *Case = dyn_cast<CaseStmt>(SC)) {
      if (Case->getRHS())
        return unsupported("case range", Case->getBeginLoc());
      llvm::APSInt V = Case->getLHS()->EvaluateKnownConstInt(Ctx);
      Matches.push_back(C->Term == Arith.constant(V, C->Kind).Term);
    }
  z3::expr AnyCase = Z.bool_val(false);
  for (const z3::expr &Mt : Matches)
    AnyCase = AnyCase || Mt;

  const State Entry = St;
  State Flow = St;
  Flow.Active = Z.bool_val(false);
  bool HasDefault = false;
  std::string CondText = text(Sw->getCond());
  Jumps.push_back(JumpTarget{/*IsLoop=*/false, {}, {}});
  for (const Stmt *Child : Body->body()) {
    while (const auto *SC = dyn_cast<SwitchCase>(Child)) {
      z3::expr Match = Z.bool_val(false);
      std::string Label;
      if (const auto *Case = dyn_cast<CaseStmt>(SC)) {
        llvm::APSInt V = Case->getLHS()->EvaluateKnownConstInt(Ctx);
        Match = C->Term == Arith.constant(V, C->Kind).Term;
        Label = "case " + toString(V, 10);
      } else {
        HasDefault = true;
        Match = !AnyCase;
        Label = "default";
      }
      decide(SC->getBeginLoc(), Entry, Match,
             "switch on '" + CondText + "' jumps to '" + Label + "'", "");
      State Entered = Entry;
      Entered.assume(Match);
      Flow = merge(Flow, Entered);
      Child = SC->getSubStmt();
    }
    fireAssertsBefore(Child->getBeginLoc(), Flow);
    exec(Child, Flow);
  }
  JumpTarget J = std::move(Jumps.back());
  Jumps.pop_back();
  std::vector<State> Out = std::move(J.Breaks);
  Out.push_back(Flow);
  if (!HasDefault) {
    State None = Entry;
    None.assume(!AnyCase);
    Out.push_back(None);
  }
  St = mergeAll(Out, Entry);
}

} // namespace vouch::verify
