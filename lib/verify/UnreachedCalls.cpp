//===- UnreachedCalls.cpp - Calls whose preconditions got no obligation ---===//
#include "verify/UnreachedCalls.h"

#include "verify/Executor.h"

#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace vouch::verify {

namespace {

class CallSites : public RecursiveASTVisitor<CallSites> {
public:
  CallSites(const SourceManager &SM, ContractIndex &Contracts,
            std::vector<OwedPrecondition> &Out)
      : SM(SM), Contracts(Contracts), Out(Out) {}

  // Default arguments are evaluated at the call, in this body.
  bool shouldVisitImplicitCode() const { return true; }

  // Unevaluated operands owe nothing; the member functions of local
  // classes are verified on their own. Lambdas are not (the check matches
  // no lambda's call operator), so their calls count as the body's.
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) {
    return true;
  }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *) { return true; }
  bool TraverseCXXTypeidExpr(CXXTypeidExpr *E) {
    return E->isPotentiallyEvaluated()
               ? RecursiveASTVisitor::TraverseCXXTypeidExpr(E)
               : true;
  }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseLambdaExpr(LambdaExpr *E) { return TraverseStmt(E->getBody()); }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return true;
    SourceLocation Loc = reportedLoc(SM, Call->getBeginLoc());
    for (const extract::ExtractedClause &Pre : Contracts.of(Callee).Clauses) {
      if (Pre.Clause.Kind != ir::ClauseKind::Precondition || !isChecked(Pre))
        continue;
      OwedPrecondition O;
      O.Clause = &Pre;
      O.Loc = Loc;
      O.Subject = preconditionSubject(Callee, Pre);
      O.Key = obligationKey(ObligationKind::Precondition, Loc, O.Subject, "");
      Out.push_back(std::move(O));
    }
    return true;
  }

private:
  const SourceManager &SM;
  ContractIndex &Contracts;
  std::vector<OwedPrecondition> &Out;
};

} // namespace

std::vector<OwedPrecondition> preconditionsOwedIn(const FunctionDecl *FD,
                                                  ContractIndex &Contracts) {
  std::vector<OwedPrecondition> Out;
  CallSites Sites(FD->getASTContext().getSourceManager(), Contracts, Out);
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      Sites.TraverseStmt(Init->getInit());
  Sites.TraverseStmt(FD->getBody());
  return Out;
}

} // namespace vouch::verify
