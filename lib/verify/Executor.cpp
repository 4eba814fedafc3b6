//===- Executor.cpp - Entry, exit and statements --------------------------===//
#include "verify/Executor.h"

#include "verify/StateScope.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace vouch::verify {

namespace {

Dialect dialectOf(const LangOptions &LO) {
  Dialect D;
  D.ModularSignedShift = LO.CPlusPlus20;
  D.ShiftIntoSignBit = LO.CPlusPlus && !LO.CPlusPlus20;
  return D;
}

bool isPublicMember(const FunctionDecl *FD) {
  const auto *M = dyn_cast<CXXMethodDecl>(FD);
  return M && !M->isStatic() && M->getAccess() != AS_private &&
         M->getAccess() != AS_protected;
}

} // namespace

Executor::Executor(z3::context &Z, ContractIndex &Contracts, Mode M,
                   const Options &Opts, const FunctionDecl *Function)
    : Z(Z), Contracts(Contracts), M(M), Opts(Opts), Function(Function),
      Ctx(Function->getASTContext()),
      Arith(Z, dialectOf(Function->getASTContext().getLangOpts())),
      EntryAssumption(Z.bool_val(true)) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Function))
    if (!Method->isStatic())
      ThisClass = Method->getParent();
  StateScope Scope = collectStateScope(Function, Contracts, Opts.InlineDepth);
  Fields = std::move(Scope.Fields);
  Globals = std::move(Scope.Globals);
}

std::string obligationKey(ObligationKind Kind, SourceLocation Loc,
                          const std::string &Subject,
                          const std::string &Suffix) {
  return std::to_string(static_cast<int>(Kind)) + "@" +
         std::to_string(Loc.getRawEncoding()) + "#" + Subject + Suffix;
}

SourceLocation reportedLoc(const SourceManager &SM, SourceLocation Loc) {
  return Loc.isMacroID() ? SM.getFileLoc(Loc) : Loc;
}

std::string Executor::where(SourceLocation Loc) const {
  const SourceManager &SM = Ctx.getSourceManager();
  Loc = reportedLoc(SM, Loc);
  PresumedLoc P = SM.getPresumedLoc(Loc);
  if (P.isInvalid())
    return "?";
  std::string LineColumn =
      std::to_string(P.getLine()) + ":" + std::to_string(P.getColumn());
  // "L:C" alone reads as a place in the file of the analysed function.
  SourceLocation Home = reportedLoc(SM, Function->getLocation());
  if (SM.getFileID(Loc) == SM.getFileID(Home))
    return LineColumn;
  return std::string(P.getFilename()) + ":" + LineColumn;
}

std::string Executor::text(const Expr *E) const {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = CharSourceRange::getTokenRange(E->getSourceRange());
  // Within one macro argument, the text as written there.
  CharSourceRange InFile = Lexer::makeFileCharRange(R, SM, Ctx.getLangOpts());
  R = InFile.isValid() ? InFile : SM.getExpansionRange(R);
  std::string T = Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
  // One line in messages, whatever the layout of the source.
  std::string Out;
  bool Space = false;
  for (char C : T) {
    if (C == '\n' || C == '\t' || C == ' ') {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += C;
  }
  if (Out.size() > 80)
    Out = Out.substr(0, 77) + "...";
  return Out;
}

Value Executor::freshOf(ScalarKind K, const std::string &Hint) {
  return Arith.fresh(Hint + "!" + std::to_string(FreshCount++), K);
}

void Executor::unsupported(const std::string &What, SourceLocation Loc) {
  std::string Reason = What + " at " + where(Loc) + " is not modelled";
  UnsupportedSeen = true;
  NoProof.push_back(Reason);
  NoRefutation.push_back(Reason);
}

void Executor::approximated(const std::string &Why) {
  NoRefutation.push_back(Why);
}

void Executor::require(ObligationKind Kind, SourceLocation Loc,
                       const std::string &Subject, const std::string &Violation,
                       const z3::expr &Holds, State &St,
                       const extract::ExtractedClause *Clause,
                       const std::string &ClauseNote,
                       const std::string &KeySuffix) {
  if (ContractChecks || St.isDead())
    return;
  Loc = reportedLoc(Ctx.getSourceManager(), Loc);
  Obligation O(St.Active, Holds);
  O.Kind = Kind;
  O.Loc = Loc;
  O.Subject = Subject;
  O.Violation = Violation;
  O.Clause = Clause;
  O.ClauseNote = ClauseNote;
  O.Key = obligationKey(Kind, Loc, Subject, KeySuffix);
  O.NoProof = NoProof;
  O.NoRefutation = NoRefutation;
  if (M == Mode::Abstract)
    O.NoRefutation.push_back("the model uses loop invariants and callee "
                             "contracts in place of the code");
  O.DecisionsBefore = Decisions.size();
  O.InInlinedCallee =
      Frames.size() > 1 && verifiedOnItsOwn(Frames.back().Function);
  O.AfterUnsupported = UnsupportedSeen;
  O.ReliesOn = ReliesOn;
  if (Clause)
    O.ClauseChecks = std::move(LastClauseChecks);
  LastClauseChecks.clear();
  Obligations.push_back(std::move(O));
}

void Executor::undecidable(ObligationKind Kind, SourceLocation Loc,
                           const std::string &Subject,
                           const std::string &Violation, State &St,
                           const extract::ExtractedClause *Clause,
                           const std::string &ClauseNote,
                           const std::string &Reason,
                           const std::string &KeySuffix) {
  std::size_t Before = Obligations.size();
  require(Kind, Loc, Subject, Violation, Z.bool_val(false), St, Clause,
          ClauseNote, KeySuffix);
  if (Obligations.size() == Before)
    return;
  Obligations.back().NoProof.push_back(Reason);
  Obligations.back().NoRefutation.push_back(Reason);
}

bool Executor::verifiedOnItsOwn(const FunctionDecl *FD) {
  // Template instantiations and system headers get no run of their own;
  // a public member's run assumes class invariants its caller may not
  // have established yet.
  if (FD->isTemplateInstantiation() || FD->isDependentContext() ||
      Ctx.getSourceManager().isInSystemHeader(FD->getLocation()))
    return false;
  if (const auto *M = dyn_cast<CXXMethodDecl>(FD))
    if (isPublicMember(M) &&
        !Contracts.invariantsOf(M->getParent()).Invariants.empty())
      return false;
  return true;
}

std::string Executor::whyNotUsable(const extract::ExtractedClause &C) const {
  if (C.Clause.Status == ir::ClauseStatus::Unsupported)
    return C.Clause.Diagnostic;
  if (!isChecked(C))
    return "";
  if (!LastClauseProblem.empty())
    return LastClauseProblem + " is not modelled in contracts";
  return "the clause could not be encoded";
}

void Executor::requireDefined(const std::vector<DefinednessCheck> &Checks,
                              SourceLocation Loc, State &St) {
  for (const DefinednessCheck &C : Checks) {
    if (ContractChecks) {
      // Only the paths that reach the operation need it defined.
      ContractChecks->push_back({z3::implies(St.Active, C.Defined), C.What});
      continue;
    }
    require(ObligationKind::UndefinedBehavior, Loc, C.What,
            C.What + " (undefined behavior)", C.Defined, St);
    // Past undefined behaviour nothing is known; the paths that avoid it
    // go on.
    St.assume(C.Defined);
  }
}

void Executor::decide(SourceLocation Loc, const State &St,
                      const z3::expr &Condition, std::string IfTrue,
                      std::string IfFalse) {
  if (ContractChecks || St.isDead())
    return;
  Decisions.push_back(
      {Loc, St.Active, Condition, std::move(IfTrue), std::move(IfFalse)});
}

//===----------------------------------------------------------------------===//
// Entry and exit
//===----------------------------------------------------------------------===//

z3::expr Executor::withinValues(const Value &V, QualType T) {
  const auto *ET = T.getCanonicalType()->getAs<EnumType>();
  if (!ET || V.Kind.IsBool)
    return Z.bool_val(true);
  const EnumDecl *ED = ET->getDecl()->getDefinition();
  if (!ED || ED->isFixed())
    return Z.bool_val(true);
  // Without a fixed underlying type, an enumeration's values are those of
  // the smallest bit-field holding its enumerators ([dcl.enum]/8).
  llvm::APInt Max, Min; // [Min, Max)
  ED->getValueRange(Max, Min);
  Max -= 1;
  bool Signed = V.Kind.Signed;
  Max = Signed ? Max.sextOrTrunc(V.Kind.Width) : Max.zextOrTrunc(V.Kind.Width);
  Min = Signed ? Min.sextOrTrunc(V.Kind.Width) : Min.zextOrTrunc(V.Kind.Width);
  llvm::APSInt SMax(Max, !Signed), SMin(Min, !Signed);
  z3::expr Hi = Arith.constant(SMax, V.Kind).Term;
  z3::expr Lo = Arith.constant(SMin, V.Kind).Term;
  return Signed ? (z3::sge(V.Term, Lo) && z3::sle(V.Term, Hi))
                : (z3::uge(V.Term, Lo) && z3::ule(V.Term, Hi));
}

void Executor::bindInputs(State &S) {
  for (const ParmVarDecl *P : Function->parameters()) {
    if (P->getType()->isReferenceType()) {
      unsupported("reference parameter '" + P->getNameAsString() + "'",
                  P->getLocation());
      continue;
    }
    std::optional<ScalarKind> K = kindOf(P->getType());
    if (!K)
      continue; // reading it is reported where it happens
    // An unnamed parameter still needs a name in the counterexample.
    std::string Name =
        P->getName().empty()
            ? "(unnamed parameter " +
                  std::to_string(P->getFunctionScopeIndex() + 1) + ")"
            : P->getNameAsString();
    Value V = Arith.fresh(Name, *K);
    S.set(P, V);
    S.assume(withinValues(V, P->getType()));
    Inputs.push_back({Name, V, P->getType()});
  }
  bool Constructing = isa<CXXConstructorDecl>(Function);
  for (const FieldDecl *F : Fields) {
    std::optional<ScalarKind> K = kindOf(F->getType());
    // Bit-fields are narrower than their type: not modelled, so reading
    // one is reported where it happens.
    if (!K || F->isBitField())
      continue;
    std::string Name = "this->" + F->getNameAsString();
    if (Constructing) {
      // Members start indeterminate; the initializers below set them. One
      // left alone holds whatever the memory held: no input a test could
      // set, so a model relying on it is no counterexample.
      S.set(F, freshOf(*K, Name + "!indeterminate"));
      const auto *Ctor = cast<CXXConstructorDecl>(Function);
      bool Initialized = llvm::any_of(Ctor->inits(), [&](const auto *Init) {
        return Init->getMember() == F;
      });
      if (!Initialized)
        approximated("'" + F->getNameAsString() +
                     "' is not initialized by the constructor");
      continue;
    }
    Value V = Arith.fresh(Name, *K);
    S.set(F, V);
    S.assume(withinValues(V, F->getType()));
    Inputs.push_back({Name, V, F->getType()});
  }
  bool IsMain = Function->isMain();
  for (const VarDecl *G : Globals) {
    std::optional<ScalarKind> K = kindOf(G->getType());
    if (!K)
      continue;
    std::string Name = G->getQualifiedNameAsString();
    if (IsMain && G->hasGlobalStorage() && !G->isStaticLocal()) {
      // Only `main` starts from the program's initial state.
      if (const Expr *Init = G->getInit()) {
        Expr::EvalResult R;
        if (Init->EvaluateAsInt(R, Ctx)) {
          S.set(G, Arith.constant(R.Val.getInt(), *K));
          continue;
        }
      } else {
        S.set(G, Arith.constant(0, *K));
        continue;
      }
    }
    Value V = Arith.fresh(Name, *K);
    S.set(G, V);
    S.assume(withinValues(V, G->getType()));
    Inputs.push_back({Name, V, G->getType()});
  }
}

void Executor::assumeEntryContract(State &S) {
  const extract::FunctionContract &C = Contracts.of(Function);
  State Entry = S;
  for (const extract::ExtractedClause &Clause : C.Clauses) {
    if (Clause.Clause.Kind != ir::ClauseKind::Precondition)
      continue;
    if (!isUsable(Clause)) {
      EntryCaveats.push_back("precondition '" + Clause.Clause.Text +
                             (Clause.Clause.Status == ir::ClauseStatus::Informal
                                  ? "' is prose and was not assumed"
                                  : "' is not understood and was not assumed"));
      continue;
    }
    z3::expr Defined = Z.bool_val(true);
    if (std::optional<z3::expr> V =
            evalClause(Clause, S, &Entry, std::nullopt, Defined))
      S.assume(Defined && *V);
    else
      EntryCaveats.push_back("precondition '" + Clause.Clause.Text +
                             "' could not be encoded and was not assumed");
  }
  if (ThisClass && isPublicMember(Function) &&
      !isa<CXXConstructorDecl>(Function)) {
    for (const extract::ExtractedClause &Inv :
         Contracts.invariantsOf(ThisClass).Invariants) {
      z3::expr Defined = Z.bool_val(true);
      std::optional<z3::expr> V;
      if (isUsable(Inv))
        V = evalClause(Inv, S, &Entry, std::nullopt, Defined);
      if (V)
        S.assume(Defined && *V);
      else
        EntryCaveats.push_back("class invariant '" + Inv.Clause.Text +
                               "' was not assumed");
    }
  }
  EntryAssumption = S.Active;
}

Executor::Frame Executor::enterFrame(const FunctionDecl *FD) {
  Frame F;
  F.Function = FD;
  const extract::FunctionContract &C = Contracts.of(FD);
  for (const extract::ExtractedClause &Clause : C.Clauses) {
    if (Clause.Condition && Clause.Anchor)
      if (const auto *E = dyn_cast<Expr>(Clause.Anchor))
        Carriers[E] = &Clause;
    if (Clause.Clause.Kind == ir::ClauseKind::LoopInvariant && Clause.Anchor)
      F.LoopInvariants[Clause.Anchor].push_back(&Clause);
    // ACSL annotations vouch does not check (`loop assigns`, `decreases`
    // ...) come as unsupported assertion-kind clauses naming their keyword:
    // they promise nothing the analysis relies on, and are no assertion.
    bool OtherAcsl =
        Clause.Clause.Status == ir::ClauseStatus::Unsupported &&
        llvm::StringRef(Clause.Clause.Diagnostic).starts_with("ACSL '");
    const Stmt *Body = FD->getBody();
    bool InBodyComment =
        !Clause.Condition && !Clause.Anchor && !OtherAcsl && Body &&
        (Clause.Clause.Kind == ir::ClauseKind::Assertion ||
         Clause.Clause.Kind == ir::ClauseKind::Assumption) &&
        Ctx.getSourceManager().isPointWithin(
            Clause.locationAt(0), Body->getBeginLoc(), Body->getEndLoc());
    if (InBodyComment)
      F.PendingAsserts.push_back(&Clause);
  }
  return F;
}

void Executor::run() {
  State S(Z);
  bindInputs(S);
  State Entry = S;
  assumeEntryContract(S);
  Frames.push_back(enterFrame(Function));
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Function)) {
    for (const CXXCtorInitializer *Init : Ctor->inits()) {
      const FieldDecl *F = Init->getMember();
      if (!F) {
        unsupported("base or delegating initializer",
                    Init->getSourceLocation());
        continue;
      }
      std::optional<Value> V = eval(Init->getInit(), S);
      if (V && S.find(F))
        S.set(F, Arith.convert(*V, S.find(F)->Kind));
      else if (kindOf(F->getType()))
        unsupported("initializer of '" + F->getNameAsString() + "'",
                    Init->getSourceLocation());
    }
  }
  const Stmt *Body = Function->getBody();
  exec(Body, S);
  fireAssertsBefore(Body->getEndLoc(), S);
  Frame Top = std::move(Frames.back());
  Frames.pop_back();
  if (!S.isDead()) {
    QualType Ret = Function->getReturnType();
    if (!Ret->isVoidType() && !Function->isMain() &&
        !isa<CXXConstructorDecl>(Function))
      require(ObligationKind::UndefinedBehavior, Body->getEndLoc(),
              "flowing off the end of '" + Function->getNameAsString() + "'",
              "control reaches the end of non-void function '" +
                  Function->getNameAsString() +
                  "' without returning a value (undefined behavior)",
              Z.bool_val(false), S);
    else
      Top.Exits.push_back({S, std::nullopt, Body->getEndLoc()});
  }
  checkExits(Top.Exits, Entry);
}

void Executor::checkExits(const std::vector<Exit> &Exits, const State &Entry) {
  const extract::FunctionContract &C = Contracts.of(Function);
  bool CheckInvariants =
      ThisClass &&
      (isPublicMember(Function) || isa<CXXConstructorDecl>(Function)) &&
      !isa<CXXDestructorDecl>(Function);
  for (const Exit &E : Exits) {
    State At = E.At;
    for (const extract::ExtractedClause &Clause : C.Clauses) {
      if (Clause.Clause.Kind != ir::ClauseKind::Postcondition)
        continue;
      std::string Subject = "postcondition '" + Clause.Clause.Text + "'";
      z3::expr Defined = Z.bool_val(true);
      std::optional<z3::expr> V;
      if (isUsable(Clause))
        V = evalClause(Clause, At, &Entry, E.Returned, Defined);
      if (!V) {
        // Invalid clauses are contract-syntax's; the rest stay Unknown.
        std::string Why = whyNotUsable(Clause);
        if (!Why.empty())
          undecidable(ObligationKind::Postcondition, E.Loc, Subject,
                      Subject + " is violated", At, &Clause,
                      "postcondition written here", Why);
        continue;
      }
      std::size_t Before = Obligations.size();
      require(ObligationKind::Postcondition, E.Loc, Subject,
              Subject + " is violated", Defined && *V, At, &Clause,
              "postcondition written here");
      if (Obligations.size() > Before && E.Returned) {
        Obligations.back().Returned = E.Returned;
        Obligations.back().ReturnedType = Function->getReturnType();
      }
    }
    if (!CheckInvariants)
      continue;
    for (const extract::ExtractedClause &Inv :
         Contracts.invariantsOf(ThisClass).Invariants) {
      std::string Subject = "class invariant '" + Inv.Clause.Text + "'";
      std::string Where =
          isa<CXXConstructorDecl>(Function)
              ? "at the end of the constructor"
              : "on exit from '" + Function->getQualifiedNameAsString() + "'";
      z3::expr Defined = Z.bool_val(true);
      std::optional<z3::expr> V;
      if (isUsable(Inv))
        V = evalClause(Inv, At, &Entry, std::nullopt, Defined);
      if (!V) {
        std::string Why = whyNotUsable(Inv);
        if (!Why.empty())
          undecidable(ObligationKind::ClassInvariant, E.Loc, Subject,
                      Subject + " does not hold " + Where, At, &Inv,
                      "invariant written here", Why);
        continue;
      }
      require(ObligationKind::ClassInvariant, E.Loc, Subject,
              Subject + " does not hold " + Where, Defined && *V, At, &Inv,
              "invariant written here");
    }
  }
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

void Executor::fireAssertsBefore(SourceLocation Loc, State &St) {
  if (Frames.empty() || Loc.isInvalid())
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  Loc = SM.getExpansionLoc(Loc);
  auto &Pending = Frames.back().PendingAsserts;
  for (auto It = Pending.begin(); It != Pending.end();) {
    const extract::ExtractedClause *C = *It;
    SourceLocation At = C->locationAt(0);
    if (!SM.isBeforeInTranslationUnit(At, Loc)) {
      ++It;
      continue;
    }
    It = Pending.erase(It);
    std::string Subject = "assertion '" + C->Clause.Text + "'";
    z3::expr Defined = Z.bool_val(true);
    std::optional<z3::expr> V;
    if (isUsable(*C))
      V = evalClause(*C, St, nullptr, std::nullopt, Defined);
    if (!V) {
      std::string Why = whyNotUsable(*C);
      if (C->Clause.Kind == ir::ClauseKind::Assumption)
        approximated("assumption '" + C->Clause.Text + "' was not understood");
      else if (!Why.empty())
        undecidable(ObligationKind::Assertion, At, Subject, Subject + " fails",
                    St, C, "", Why);
      continue;
    }
    if (C->Clause.Kind == ir::ClauseKind::Assertion) {
      require(ObligationKind::Assertion, At, Subject, Subject + " fails",
              Defined && *V, St, C);
    }
    St.assume(Defined && *V);
  }
}

void Executor::exec(const Stmt *S, State &St) {
  if (!S || St.isDead())
    return;
  switch (S->getStmtClass()) {
  case Stmt::CompoundStmtClass:
    return execCompound(cast<CompoundStmt>(S), St);
  case Stmt::DeclStmtClass:
    return execDecl(cast<DeclStmt>(S), St);
  case Stmt::NullStmtClass:
    return;
  case Stmt::IfStmtClass:
    return execIf(cast<IfStmt>(S), St);
  case Stmt::WhileStmtClass: {
    const auto *W = cast<WhileStmt>(S);
    if (W->getConditionVariable())
      return unsupported("condition variable", W->getBeginLoc());
    return execLoop(W, nullptr, W->getCond(), W->getBody(), nullptr, true, St);
  }
  case Stmt::DoStmtClass: {
    const auto *D = cast<DoStmt>(S);
    return execLoop(D, nullptr, D->getCond(), D->getBody(), nullptr, false, St);
  }
  case Stmt::ForStmtClass: {
    const auto *F = cast<ForStmt>(S);
    if (F->getConditionVariable())
      return unsupported("condition variable", F->getBeginLoc());
    return execLoop(F, F->getInit(), F->getCond(), F->getBody(), F->getInc(),
                    true, St);
  }
  case Stmt::SwitchStmtClass:
    return execSwitch(cast<SwitchStmt>(S), St);
  case Stmt::ReturnStmtClass:
    return execReturn(cast<ReturnStmt>(S), St);
  case Stmt::BreakStmtClass:
    if (Jumps.empty())
      return unsupported("'break'", S->getBeginLoc());
    Jumps.back().Breaks.push_back(St);
    St.Active = Z.bool_val(false);
    return;
  case Stmt::ContinueStmtClass: {
    // The innermost loop: switches do not take `continue`.
    auto Loop = std::find_if(Jumps.rbegin(), Jumps.rend(),
                             [](const JumpTarget &J) { return J.IsLoop; });
    if (Loop == Jumps.rend())
      return unsupported("'continue'", S->getBeginLoc());
    Loop->Continues.push_back(St);
    St.Active = Z.bool_val(false);
    return;
  }
  case Stmt::AttributedStmtClass:
    return exec(cast<AttributedStmt>(S)->getSubStmt(), St);
  case Stmt::CaseStmtClass:
  case Stmt::DefaultStmtClass:
    return unsupported("case label outside the switch's own block",
                       S->getBeginLoc());
  default:
    break;
  }
  if (const auto *E = dyn_cast<Expr>(S)) {
    eval(E, St);
    return;
  }
  unsupported(std::string("statement '") + S->getStmtClassName() + "'",
              S->getBeginLoc());
}

void Executor::execCompound(const CompoundStmt *C, State &St) {
  for (const Stmt *Child : C->body()) {
    fireAssertsBefore(Child->getBeginLoc(), St);
    exec(Child, St);
  }
  fireAssertsBefore(C->getRBracLoc(), St);
}

void Executor::execDecl(const DeclStmt *D, State &St) {
  for (const Decl *Dl : D->decls()) {
    const auto *V = dyn_cast<VarDecl>(Dl);
    if (!V)
      continue; // typedefs, static_assert ...
    if (V->getType()->isReferenceType()) {
      unsupported("reference variable '" + V->getNameAsString() + "'",
                  V->getLocation());
      continue;
    }
    std::optional<ScalarKind> K = kindOf(V->getType());
    if (V->hasGlobalStorage()) {
      if (!V->getType().isConstQualified())
        unsupported("static local '" + V->getNameAsString() + "'",
                    V->getLocation());
      continue;
    }
    if (!K) {
      if (V->hasInit())
        unsupported("variable '" + V->getNameAsString() + "' of type '" +
                        V->getType().getAsString() + "'",
                    V->getLocation());
      continue;
    }
    if (const Expr *Init = V->getInit()) {
      std::optional<Value> Val = eval(Init, St);
      St.set(V,
             Val ? Arith.convert(*Val, *K) : freshOf(*K, V->getNameAsString()));
    } else {
      // Reading it before a store is undefined: reads check the flag.
      St.set(V, freshOf(*K, V->getNameAsString() + "!uninit"));
      St.Assigned.insert_or_assign(V, Z.bool_val(false));
    }
  }
}

void Executor::execIf(const IfStmt *If, State &St) {
  if (If->getInit())
    exec(If->getInit(), St);
  if (If->getConditionVariableDeclStmt())
    exec(If->getConditionVariableDeclStmt(), St);
  if (If->isConsteval())
    return unsupported("'if consteval'", If->getBeginLoc());
  std::optional<Value> C = eval(If->getCond(), St);
  if (St.isDead())
    return;
  z3::expr Cond =
      C ? Arith.truth(*C) : freshOf(ScalarKind::boolean(), "if").Term;
  std::string T = text(If->getCond());
  decide(If->getCond()->getBeginLoc(), St, Cond, "'" + T + "' is true",
         "'" + T + "' is false");
  State Then = St, Else = St;
  Then.assume(Cond);
  Else.assume(!Cond);
  exec(If->getThen(), Then);
  exec(If->getElse(), Else);
  St = merge(Then, Else);
}

void Executor::execReturn(const ReturnStmt *R, State &St) {
  std::optional<Value> V;
  if (const Expr *E = R->getRetValue()) {
    V = eval(E, St);
    if (!V && !E->getType()->isVoidType())
      if (std::optional<ScalarKind> K =
              kindOf(Frames.back().Function->getReturnType()))
        V = freshOf(*K, "return"); // the caveat is recorded already
  }
  if (St.isDead())
    return;
  Frames.back().Exits.push_back({St, V, R->getBeginLoc()});
  St.Active = Z.bool_val(false);
}

} // namespace vouch::verify
