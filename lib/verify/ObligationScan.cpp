//===- ObligationScan.cpp - Functions that cannot owe an obligation -------===//
//
// The rules mirror where the executor raises obligations (Executor::require
// and its callers): operator definedness checks in Value.cpp, reads of
// unassigned locals, flowing off the end, and clauses. Where the executor
// gives up on an expression (it then evaluates nothing below it), the scan
// still looks below it: that only makes it say "may owe" more often.
//
//===----------------------------------------------------------------------===//
#include "verify/ObligationScan.h"

#include "verify/StateScope.h"
#include "verify/Value.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

#include <set>

using namespace clang;

namespace vouch::verify {

namespace {

/// Past this many functions in one call tree the scan stops and says "may
/// owe": its cost must stay small beside the executor's.
constexpr std::size_t MaxFunctionsPerScan = 64;

/// Whether every path through S ends in a return, in the executor's
/// reading of S: a path it cannot follow is one that goes on.
bool endsInReturn(const Stmt *S) {
  if (!S)
    return false;
  if (isa<ReturnStmt>(S))
    return true;
  if (const auto *C = dyn_cast<CompoundStmt>(S))
    return !C->body_empty() && endsInReturn(C->body_back());
  if (const auto *A = dyn_cast<AttributedStmt>(S))
    return endsInReturn(A->getSubStmt());
  if (const auto *If = dyn_cast<IfStmt>(S))
    return !If->isConsteval() && endsInReturn(If->getThen()) &&
           endsInReturn(If->getElse());
  return false;
}

bool isUnsignedOrUnmodelled(QualType T, const ASTContext &Ctx) {
  std::optional<ScalarKind> K = scalarKindOf(T, Ctx);
  return !K || (!K->IsBool && !K->Signed);
}

class BodyScan : public RecursiveASTVisitor<BodyScan> {
public:
  BodyScan(ASTContext &Ctx, ContractIndex &Contracts)
      : Ctx(Ctx), Contracts(Contracts) {}

  // Default arguments and member initializers are evaluated where used.
  bool shouldVisitImplicitCode() const { return true; }

  bool scanTop(const FunctionDecl *FD) {
    if (!enter(FD))
      return false;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (!TraverseStmt(Init->getInit()))
          return false;
    if (!FD->getReturnType()->isVoidType() && !FD->isMain() &&
        !isa<CXXConstructorDecl>(FD) && !endsInReturn(FD->getBody()))
      return owe();
    return TraverseStmt(FD->getBody());
  }

  bool owes() const { return Owes; }

  bool VisitBinaryOperator(BinaryOperator *B) {
    BinaryOperatorKind Op = B->getOpcode();
    if (const auto *CA = dyn_cast<CompoundAssignOperator>(B)) {
      // The executor computes only into a variable it tracks.
      if (!trackedVariable(CA->getLHS()) || !mayHaveValue(CA->getRHS()))
        return true;
      return checkArithmetic(Op, CA->getComputationResultType());
    }
    if (!B->isAdditiveOp() && !B->isMultiplicativeOp() && !B->isShiftOp())
      return true;
    if (!mayHaveValue(B->getLHS()) || !mayHaveValue(B->getRHS()))
      return true;
    return checkArithmetic(Op, B->getType());
  }

  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->getOpcode() == UO_Minus) {
      if (!isUnsignedOrUnmodelled(U->getType(), Ctx) &&
          mayHaveValue(U->getSubExpr()))
        return owe();
      return true;
    }
    if (!U->isIncrementDecrementOp() || !trackedVariable(U->getSubExpr()))
      return true;
    // `x++` is computed in the promoted type: only unsigned types at least
    // as wide as int are never checked.
    std::optional<ScalarKind> K = scalarKindOf(U->getSubExpr()->getType(), Ctx);
    if (!K || K->IsBool ||
        (!K->Signed && K->Width >= Ctx.getIntWidth(Ctx.IntTy)))
      return true;
    return owe();
  }

  // Reads of a local declared without an initializer are checked: any
  // such local makes the function owe, so no read needs a look of its own.
  bool VisitDeclStmt(DeclStmt *D) {
    for (const Decl *Dl : D->decls())
      if (const auto *V = dyn_cast<VarDecl>(Dl))
        if (!V->hasGlobalStorage() && !V->getType()->isReferenceType() &&
            !V->hasInit() && scalarKindOf(V->getType(), Ctx))
          return owe();
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    // A callee's preconditions are owed at every call, even one the
    // executor does not follow: they are then Unknown (UnreachedCalls.h).
    if (Callee && hasClauses(Callee))
      return owe();
    if (!isFollowedCall(Call))
      return true;
    llvm::StringRef Name =
        Callee->getIdentifier() ? Callee->getName() : llvm::StringRef();
    if (Name.starts_with("__VERIFIER_nondet_"))
      return true;
    if (Name.starts_with("__VERIFIER_"))
      return owe();
    if (Callee->isNoReturn() || Name == "abort" || Name == "exit")
      return true;
    for (const ParmVarDecl *P : Callee->parameters())
      if (P->getType()->isReferenceType() || P->getType()->isPointerType())
        return true; // the executor treats the call as opaque
    const FunctionDecl *Def = Callee->getDefinition();
    if (!Def || !Def->hasBody() || Visited.count(Def))
      return true;
    if (!enter(Def))
      return false;
    if (scalarKindOf(Def->getReturnType(), Ctx) && !Def->isMain() &&
        !endsInReturn(Def->getBody()))
      return owe();
    return TraverseStmt(Def->getBody());
  }

private:
  /// Records FD as scanned; false (and "may owe") if it has clauses or the
  /// call tree grew too large to scan.
  bool enter(const FunctionDecl *FD) {
    Visited.insert(FD);
    if (Visited.size() > MaxFunctionsPerScan || hasClauses(FD))
      return owe();
    return true;
  }

  bool hasClauses(const FunctionDecl *FD) {
    if (!Contracts.of(FD).Clauses.empty())
      return true;
    if (const auto *M = dyn_cast<CXXMethodDecl>(FD))
      return !Contracts.invariantsOf(M->getParent()).Invariants.empty();
    return false;
  }

  bool checkArithmetic(BinaryOperatorKind Op, QualType Computed) {
    switch (Op) {
    case BO_Div:
    case BO_DivAssign:
    case BO_Rem:
    case BO_RemAssign:
    case BO_Shl:
    case BO_ShlAssign:
    case BO_Shr:
    case BO_ShrAssign:
      // Division by zero and shift counts are checked at any signedness.
      if (scalarKindOf(Computed, Ctx))
        return owe();
      return true;
    case BO_Add:
    case BO_AddAssign:
    case BO_Sub:
    case BO_SubAssign:
    case BO_Mul:
    case BO_MulAssign:
      if (!isUnsignedOrUnmodelled(Computed, Ctx))
        return owe();
      return true;
    default:
      return true;
    }
  }

  /// Whether Executor::eval may give E a value; false only where it
  /// certainly gives none, so that an operation on E is never checked.
  /// Where eval does not model E it still gives it a value of E's kind, so
  /// that the operation is checked (Unknown): any scalar kind may.
  bool mayHaveValue(const Expr *E) {
    return scalarKindOf(E->getType(), Ctx).has_value();
  }

  bool owe() {
    Owes = true;
    return false; // stops the traversal
  }

  ASTContext &Ctx;
  ContractIndex &Contracts;
  std::set<const FunctionDecl *> Visited;
  bool Owes = false;
};

} // namespace

bool ObligationScan::mayOwe(const FunctionDecl *FD) {
  BodyScan Scan(FD->getASTContext(), Contracts);
  Scan.scanTop(FD);
  return Scan.owes();
}

} // namespace vouch::verify
