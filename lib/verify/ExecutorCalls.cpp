//===- ExecutorCalls.cpp - Calls ------------------------------------------===//
//
// In concrete mode a callee whose body is visible is inlined (up to the
// inlining depth), after its preconditions are checked at the call site.
// In abstract mode, and wherever inlining stops, a callee with a contract
// is used through it: its preconditions are obligations, then what it may
// write takes any value and its postconditions are assumed. A callee with
// neither body nor contract may do anything to what it can reach.
//
//===----------------------------------------------------------------------===//
#include "verify/Executor.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace vouch::verify {

namespace {

const FunctionDecl *definitionOf(const FunctionDecl *FD) {
  const FunctionDecl *Def = FD->getDefinition();
  return Def ? Def : FD->getFirstDecl();
}

bool isPureDeclared(const FunctionDecl *FD) {
  for (const FunctionDecl *D : FD->redecls())
    if (D->hasAttr<PureAttr>() || D->hasAttr<ConstAttr>())
      return true;
  return false;
}

std::string preconditionViolation(const FunctionDecl *Callee,
                                  const extract::ExtractedClause &Pre) {
  return "call to '" + Callee->getQualifiedNameAsString() +
         "' violates its precondition '" + Pre.Clause.Text + "'";
}

} // namespace

std::string preconditionSubject(const FunctionDecl *Callee,
                                const extract::ExtractedClause &Pre) {
  return "precondition '" + Pre.Clause.Text + "' of '" +
         Callee->getQualifiedNameAsString() + "'";
}

bool Executor::canInline(const FunctionDecl *Callee) const {
  const FunctionDecl *Def = Callee->getDefinition();
  if (!Def || !Def->hasBody() || Def->isVariadic())
    return false;
  if (Frames.size() > Opts.InlineDepth)
    return false;
  for (const Frame &F : Frames)
    if (F.Function == Def)
      return false; // recursion: the callee's locals would clash
  return true;
}

void Executor::bindParams(const FunctionDecl *Callee,
                          const std::vector<Value> &Args, State &St) {
  const FunctionDecl *Def = definitionOf(Callee);
  for (unsigned I = 0; I < Def->getNumParams() && I < Args.size(); ++I)
    if (std::optional<ScalarKind> K = kindOf(Def->getParamDecl(I)->getType()))
      St.set(Def->getParamDecl(I), Arith.convert(Args[I], *K));
}

void Executor::havocFields(State &St) {
  for (auto &[D, V] : St.Vars)
    if (isa<FieldDecl>(D))
      V = freshOf(V.Kind, D->getNameAsString() + "!call");
}

void Executor::havocGlobals(State &St) {
  for (auto &[D, V] : St.Vars)
    if (const auto *Var = dyn_cast<VarDecl>(D))
      if (Globals.count(Var))
        V = freshOf(V.Kind, D->getNameAsString() + "!call");
}

std::optional<Value> Executor::evalCall(const CallExpr *Call, State &St) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee) {
    unsupported("indirect call '" + text(Call) + "'", Call->getBeginLoc());
    return std::nullopt;
  }
  if (isa<CXXOperatorCallExpr>(Call)) {
    unsupported("overloaded operator call", Call->getBeginLoc());
    return std::nullopt;
  }
  bool OnThis = false;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    const Expr *Object = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
    if (!isa<CXXThisExpr>(Object)) {
      unsupported("call to '" + Callee->getNameAsString() +
                      "' on another object",
                  Call->getBeginLoc());
      return std::nullopt;
    }
    OnThis = true;
  }
  llvm::StringRef Name =
      Callee->getIdentifier() ? Callee->getName() : llvm::StringRef();
  std::optional<ScalarKind> RetK = kindOf(Call->getType());
  if (Name.starts_with("__VERIFIER_nondet_")) {
    if (!RetK) {
      unsupported("'" + Name.str() + "'", Call->getBeginLoc());
      return std::nullopt;
    }
    Value V = freshOf(*RetK, Name.str());
    Inputs.push_back({Name.str() + "() at " + where(Call->getBeginLoc()), V,
                      Call->getType()});
    return V;
  }
  std::vector<Value> Args;
  bool PlainCall = !isa<CXXOperatorCallExpr>(Call) &&
                   Call->getNumArgs() == Callee->getNumParams();
  for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
    const Expr *A = Call->getArg(I);
    QualType ParamType =
        PlainCall ? Callee->getParamDecl(I)->getType() : QualType();
    if (!ParamType.isNull() && ParamType->isReferenceType()) {
      // Binding a reference reads nothing; through a non-const one the
      // callee may write the variable.
      if (!ParamType->getPointeeType().isConstQualified())
        escape(A, St);
      if (std::optional<ScalarKind> K = kindOf(A->getType()))
        Args.push_back(freshOf(*K, "arg"));
      else
        Args.push_back(freshOf(ScalarKind::boolean(), "arg"));
      continue;
    }
    std::optional<Value> V = eval(A, St);
    if (!V) {
      if (std::optional<ScalarKind> K = kindOf(A->getType()))
        V = freshOf(*K, "arg");
      else {
        unsupported("argument '" + text(A) + "'", A->getBeginLoc());
        return std::nullopt;
      }
    }
    Args.push_back(*V);
  }
  if (St.isDead())
    return std::nullopt;
  if (Callee->isNoReturn() || Name == "abort" || Name == "exit" ||
      Name == "__VERIFIER_error") {
    // The path ends here; no postcondition is owed on it.
    St.Active = Z.bool_val(false);
    return std::nullopt;
  }
  if (!RetK && !Call->getType()->isVoidType()) {
    unsupported("call returning '" + Call->getType().getAsString() + "'",
                Call->getBeginLoc());
    return std::nullopt;
  }
  for (const ParmVarDecl *P : Callee->parameters())
    if (P->getType()->isReferenceType() || P->getType()->isPointerType()) {
      unsupported("call to '" + Callee->getNameAsString() +
                      "' with a reference or pointer parameter",
                  Call->getBeginLoc());
      return RetK ? std::optional<Value>(freshOf(*RetK, "call")) : std::nullopt;
    }
  bool HasContract = Contracts.hasUsableContract(Callee);
  if (M == Mode::Concrete && canInline(Callee)) {
    checkCalleePreconditions(Callee, Args, Call, St);
    return inlineCall(Callee, Args, St);
  }
  if (M == Mode::Abstract && !HasContract && canInline(Callee))
    return inlineCall(Callee, Args, St);
  if (HasContract)
    return modularCall(Callee, Args, Call, OnThis, St);
  return opaqueCall(Callee, Call, OnThis, St);
}

void Executor::checkCalleePreconditions(const FunctionDecl *Callee,
                                        const std::vector<Value> &Args,
                                        const CallExpr *Call, State &St) {
  const extract::FunctionContract &C = Contracts.of(Callee);
  State AtEntry = St;
  bindParams(Callee, Args, AtEntry);
  for (const extract::ExtractedClause &Pre : C.Clauses) {
    if (Pre.Clause.Kind != ir::ClauseKind::Precondition)
      continue;
    z3::expr Defined = Z.bool_val(true);
    std::optional<z3::expr> V;
    if (isUsable(Pre))
      V = evalClause(Pre, AtEntry, &AtEntry, std::nullopt, Defined);
    std::string Subject = preconditionSubject(Callee, Pre);
    if (!V) {
      std::string Why = whyNotUsable(Pre);
      if (!Why.empty())
        undecidable(ObligationKind::Precondition, Call->getBeginLoc(), Subject,
                    preconditionViolation(Callee, Pre), St, &Pre,
                    "precondition written here", Why);
      continue;
    }
    require(ObligationKind::Precondition, Call->getBeginLoc(), Subject,
            preconditionViolation(Callee, Pre), Defined && *V, St, &Pre,
            "precondition written here");
    if (!Obligations.empty() && Obligations.back().Clause == &Pre)
      Obligations.back().Callee = definitionOf(Callee);
    // A violated precondition voids the callee's promises: go on where it
    // holds.
    St.assume(Defined && *V);
  }
}

std::optional<Value> Executor::inlineCall(const FunctionDecl *Callee,
                                          const std::vector<Value> &Args,
                                          State &St) {
  const FunctionDecl *Def = Callee->getDefinition();
  bindParams(Def, Args, St);
  Frames.push_back(enterFrame(Def));
  exec(Def->getBody(), St);
  fireAssertsBefore(Def->getBody()->getEndLoc(), St);
  Frame F = std::move(Frames.back());
  Frames.pop_back();
  std::optional<ScalarKind> RetK = kindOf(Def->getReturnType());
  if (!St.isDead()) {
    if (RetK && !Def->isMain()) {
      require(ObligationKind::UndefinedBehavior, Def->getBody()->getEndLoc(),
              "flowing off the end of '" + Def->getNameAsString() + "'",
              "control reaches the end of non-void function '" +
                  Def->getNameAsString() +
                  "' without returning a value (undefined behavior)",
              Z.bool_val(false), St);
      St.Active = Z.bool_val(false);
    }
    F.Exits.push_back({St, std::nullopt, Def->getBody()->getEndLoc()});
  }
  std::vector<State> States;
  for (const Exit &E : F.Exits)
    States.push_back(E.At);
  State Fallback = St;
  St = mergeAll(States, Fallback);
  // The callee's locals are gone.
  for (auto It = St.Vars.begin(); It != St.Vars.end();) {
    const auto *V = dyn_cast<VarDecl>(It->first);
    if (V && V->isLocalVarDeclOrParm() && V->getParentFunctionOrMethod() == Def)
      It = St.Vars.erase(It);
    else
      ++It;
  }
  if (!RetK)
    return std::nullopt;
  std::optional<Value> Result;
  for (const Exit &E : F.Exits) {
    if (!E.Returned)
      continue;
    Value V = Arith.convert(*E.Returned, *RetK);
    Result = Result ? Arith.select(E.At.Active, V, *Result) : V;
  }
  if (!Result)
    return freshOf(*RetK, "unreached");
  return Result;
}

std::optional<Value> Executor::modularCall(const FunctionDecl *Callee,
                                           const std::vector<Value> &Args,
                                           const CallExpr *Call, bool OnThis,
                                           State &St) {
  checkCalleePreconditions(Callee, Args, Call, St);
  if (St.isDead())
    return std::nullopt;
  State Before = St;
  bindParams(Callee, Args, Before);
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (OnThis && Method && !Method->isConst())
    havocFields(St);
  if (!isPureDeclared(Callee) && !(Method && Method->isConst()))
    havocGlobals(St);
  std::optional<ScalarKind> RetK = kindOf(Callee->getReturnType());
  std::optional<Value> Result;
  if (RetK)
    Result = freshOf(*RetK, Callee->getNameAsString() + "!result");
  approximated("the call to '" + Callee->getQualifiedNameAsString() + "' at " +
               where(Call->getBeginLoc()) + " is modelled by its contract");
  // Parameters keep their values at the call in the callee's contract.
  bindParams(Callee, Args, St);
  for (const extract::ExtractedClause &Post : Contracts.of(Callee).Clauses) {
    if (Post.Clause.Kind != ir::ClauseKind::Postcondition || !isUsable(Post))
      continue;
    z3::expr Defined = Z.bool_val(true);
    if (std::optional<z3::expr> V =
            evalClause(Post, St, &Before, Result, Defined))
      St.assume(Defined && *V);
  }
  return Result;
}

std::optional<Value> Executor::opaqueCall(const FunctionDecl *Callee,
                                          const CallExpr *Call, bool OnThis,
                                          State &St) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (OnThis && Method && !Method->isConst())
    havocFields(St);
  if (!isPureDeclared(Callee) && !(Method && Method->isConst()))
    havocGlobals(St);
  approximated("the call to '" + Callee->getQualifiedNameAsString() + "' at " +
               where(Call->getBeginLoc()) + " has no visible body or contract");
  if (std::optional<ScalarKind> K = kindOf(Callee->getReturnType()))
    return freshOf(*K, Callee->getNameAsString() + "!result");
  return std::nullopt;
}

} // namespace vouch::verify
