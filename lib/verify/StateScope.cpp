//===- StateScope.cpp - The variables a function can touch ----------------===//
#include "verify/StateScope.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace vouch::verify {

bool isConstantVariable(const VarDecl *V) {
  if (!V->getType().isConstQualified() && !V->isConstexpr())
    return false;
  const Expr *Init = V->getAnyInitializer();
  return Init && !Init->isValueDependent() &&
         Init->isIntegerConstantExpr(V->getASTContext());
}

const ValueDecl *trackedVariable(const Expr *E) {
  E = E->IgnoreParens();
  if (const auto *R = dyn_cast<DeclRefExpr>(E)) {
    const auto *V = dyn_cast<VarDecl>(R->getDecl());
    if (V && !V->getType()->isReferenceType())
      return V;
    return nullptr;
  }
  if (const auto *M = dyn_cast<MemberExpr>(E)) {
    const auto *F = dyn_cast<FieldDecl>(M->getMemberDecl());
    if (F && isa<CXXThisExpr>(M->getBase()->IgnoreParenImpCasts()) &&
        !F->isBitField())
      return F;
  }
  return nullptr;
}

bool isFollowedCall(const CallExpr *Call) {
  if (!Call->getDirectCallee() || isa<CXXOperatorCallExpr>(Call))
    return false;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
    return isa<CXXThisExpr>(
        MC->getImplicitObjectArgument()->IgnoreParenImpCasts());
  return true;
}

namespace {

class Collector : public RecursiveASTVisitor<Collector> {
public:
  Collector(StateScope &Out, ContractIndex &Contracts)
      : Out(Out), Contracts(Contracts) {}

  void function(const FunctionDecl *FD, unsigned Depth) {
    FD = FD->getDefinition() ? FD->getDefinition() : FD;
    if (!Seen.insert(FD).second)
      return;
    const auto *M = dyn_cast<CXXMethodDecl>(FD);
    if (M && !M->isStatic()) {
      const CXXRecordDecl *R = M->getParent();
      if (R->hasDefinition())
        for (const FieldDecl *F : R->getDefinition()->fields())
          Out.Fields.insert(F);
      for (const extract::ExtractedClause &C :
           Contracts.invariantsOf(R).Invariants)
        clause(C);
    }
    for (const extract::ExtractedClause &C : Contracts.of(FD).Clauses)
      clause(C);
    if (Depth == 0 || !FD->hasBody())
      return;
    unsigned Saved = Remaining;
    Remaining = Depth - 1;
    TraverseStmt(FD->getBody());
    Remaining = Saved;
  }

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    variable(E->getDecl());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (const auto *F = dyn_cast<FieldDecl>(E->getMemberDecl()))
      if (isa<CXXThisExpr>(E->getBase()->IgnoreParenImpCasts()))
        Out.Fields.insert(F);
    return true;
  }
  bool VisitCallExpr(CallExpr *E) {
    // The fields a call the executor does not follow reads (on another
    // object, say) are not inputs of this run.
    if (isFollowedCall(E))
      Pending.push_back({E->getDirectCallee(), Remaining});
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

  void drain() {
    while (!Pending.empty()) {
      auto [FD, Depth] = Pending.back();
      Pending.pop_back();
      function(FD, Depth);
    }
  }

private:
  void variable(const ValueDecl *D) {
    if (const auto *V = dyn_cast_or_null<VarDecl>(D))
      if (V->hasGlobalStorage() && !isConstantVariable(V))
        Out.Globals.insert(V);
  }
  void bound(const extract::BoundExpr &B) {
    variable(B.Decl);
    if (const auto *F = dyn_cast_or_null<FieldDecl>(B.Decl))
      Out.Fields.insert(F);
    if (const auto *Callee = dyn_cast_or_null<FunctionDecl>(B.Decl))
      Pending.push_back({Callee, Remaining});
    for (const extract::BoundExpr &C : B.Children)
      bound(C);
  }
  void clause(const extract::ExtractedClause &C) {
    if (C.Bound)
      bound(*C.Bound);
  }

  StateScope &Out;
  ContractIndex &Contracts;
  std::set<const FunctionDecl *> Seen;
  std::vector<std::pair<const FunctionDecl *, unsigned>> Pending;
  unsigned Remaining = 0;
};

} // namespace

StateScope collectStateScope(const FunctionDecl *FD, ContractIndex &Contracts,
                             unsigned Depth) {
  StateScope Out;
  Collector C(Out, Contracts);
  C.function(FD, Depth + 1);
  C.drain();
  return Out;
}

} // namespace vouch::verify
