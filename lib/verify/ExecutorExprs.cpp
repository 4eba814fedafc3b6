//===- ExecutorExprs.cpp - Expressions ------------------------------------===//
//
// Clang's AST makes every conversion explicit (integer promotions, usual
// arithmetic conversions, lvalue-to-rvalue), so each node is encoded with
// the types Clang gave it; the operators check their own definedness.
//
//===----------------------------------------------------------------------===//
#include "verify/Executor.h"

#include "verify/StateScope.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace vouch::verify {

std::optional<Value> Executor::eval(const Expr *E, State &St) {
  std::size_t NotModelledBefore = NoProof.size();
  std::optional<Value> V = evalNode(E, St);
  if (V || St.isDead() || NoProof.size() == NotModelledBefore)
    return V;
  // Something in E is not modelled. A value of any kind lets what
  // surrounds E still raise its obligations (the overflow of `*p + x`,
  // the preconditions of the calls around it) rather than vanish; they
  // are all Unknown, as everything after code not modelled is.
  if (std::optional<ScalarKind> K = kindOf(E->getType()))
    return freshOf(*K, "unmodelled");
  return std::nullopt;
}

std::optional<Value> Executor::evalNode(const Expr *E, State &St) {
  if (St.isDead())
    return std::nullopt;
  if (!Carriers.empty())
    if (auto It = Carriers.find(E); It != Carriers.end())
      return evalCarrier(*It->second, St);
  std::optional<ScalarKind> K = kindOf(E->getType());
  // Constants need no encoding (sizeof, enumerators, constexpr values);
  // expressions with side effects are walked for them.
  if (K && !E->isValueDependent() && !E->HasSideEffects(Ctx) &&
      !isa<DeclRefExpr>(E->IgnoreParens())) {
    Expr::EvalResult R;
    if (E->isPRValue() && E->EvaluateAsInt(R, Ctx) && R.Val.isInt())
      return Arith.constant(R.Val.getInt(), *K);
  }
  switch (E->getStmtClass()) {
  case Stmt::ParenExprClass:
    return eval(cast<ParenExpr>(E)->getSubExpr(), St);
  case Stmt::ConstantExprClass:
  case Stmt::ExprWithCleanupsClass:
  case Stmt::CXXDefaultArgExprClass:
  case Stmt::CXXDefaultInitExprClass:
  case Stmt::SubstNonTypeTemplateParmExprClass:
    break;
  case Stmt::IntegerLiteralClass:
    return Arith.constant(cast<IntegerLiteral>(E)->getValue().getZExtValue(),
                          *K);
  case Stmt::CXXBoolLiteralExprClass:
    return Arith.boolean(cast<CXXBoolLiteralExpr>(E)->getValue());
  case Stmt::CharacterLiteralClass:
    return Arith.constant(cast<CharacterLiteral>(E)->getValue(), *K);
  case Stmt::DeclRefExprClass:
    return readVariable(cast<DeclRefExpr>(E)->getDecl(), E, St);
  case Stmt::MemberExprClass: {
    const ValueDecl *D = trackedVariable(E);
    if (!D) {
      unsupported("member access '" + text(E) + "'", E->getBeginLoc());
      return std::nullopt;
    }
    return readVariable(D, E, St);
  }
  case Stmt::BinaryOperatorClass:
  case Stmt::CompoundAssignOperatorClass:
    return evalBinary(cast<BinaryOperator>(E), St);
  case Stmt::UnaryOperatorClass:
    return evalUnary(cast<UnaryOperator>(E), St);
  case Stmt::ConditionalOperatorClass:
  case Stmt::BinaryConditionalOperatorClass:
    return evalConditional(cast<AbstractConditionalOperator>(E), St);
  case Stmt::ImplicitCastExprClass:
  case Stmt::CStyleCastExprClass:
  case Stmt::CXXStaticCastExprClass:
  case Stmt::CXXFunctionalCastExprClass:
    return evalCast(cast<CastExpr>(E), St);
  case Stmt::CallExprClass:
  case Stmt::CXXMemberCallExprClass:
    return evalCall(cast<CallExpr>(E), St);
  default:
    unsupported("expression '" + text(E) + "'", E->getBeginLoc());
    return std::nullopt;
  }
  // Wrappers: the value is their operand's.
  if (const auto *FE = dyn_cast<FullExpr>(E))
    return eval(FE->getSubExpr(), St);
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    return eval(DA->getExpr(), St);
  if (const auto *DI = dyn_cast<CXXDefaultInitExpr>(E))
    return eval(DI->getExpr(), St);
  if (const auto *S = dyn_cast<SubstNonTypeTemplateParmExpr>(E))
    return eval(S->getReplacement(), St);
  unsupported("expression '" + text(E) + "'", E->getBeginLoc());
  return std::nullopt;
}

void Executor::escape(const Expr *E, State &St) {
  const ValueDecl *D = trackedVariable(E);
  if (!D)
    return;
  St.Assigned.erase(D);
  if (std::optional<ScalarKind> K = kindOf(D->getType()))
    St.set(D, freshOf(*K, D->getNameAsString()));
}

void Executor::checkAssigned(const ValueDecl *D, const Expr *At, State &St) {
  if (auto It = St.Assigned.find(D); It != St.Assigned.end())
    requireDefined({{It->second, "'" + D->getNameAsString() +
                                     "' is read before it is assigned"}},
                   At->getExprLoc(), St);
}

std::optional<Value> Executor::readVariable(const ValueDecl *D, const Expr *At,
                                            State &St) {
  if (const auto *EC = dyn_cast<EnumConstantDecl>(D)) {
    if (std::optional<ScalarKind> K = kindOf(At->getType()))
      return Arith.constant(EC->getInitVal(), *K);
  }
  checkAssigned(D, At, St);
  if (const Value *V = St.find(D))
    return *V;
  if (const auto *Var = dyn_cast<VarDecl>(D))
    if (isConstantVariable(Var))
      if (std::optional<ScalarKind> K = kindOf(Var->getType())) {
        Expr::EvalResult R;
        if (Var->getAnyInitializer()->EvaluateAsInt(R, Ctx))
          return Arith.constant(R.Val.getInt(), *K);
      }
  unsupported("'" + text(At) + "'", At->getBeginLoc());
  return std::nullopt;
}

std::optional<Value> Executor::evalCast(const CastExpr *C, State &St) {
  const Expr *Sub = C->getSubExpr();
  switch (C->getCastKind()) {
  case CK_LValueToRValue:
  case CK_NoOp:
  case CK_ToVoid:
    return eval(Sub, St);
  case CK_IntegralCast:
  case CK_IntegralToBoolean:
  case CK_BooleanToSignedIntegral: {
    std::optional<Value> V = eval(Sub, St);
    std::optional<ScalarKind> To = kindOf(C->getType());
    if (!V || !To)
      return std::nullopt;
    if (C->getCastKind() == CK_BooleanToSignedIntegral)
      return Arith.select(V->Term, Arith.constant(-1, *To),
                          Arith.constant(0, *To));
    return Arith.convert(*V, *To);
  }
  default:
    eval(Sub, St);
    unsupported(std::string("conversion '") + C->getCastKindName() + "'",
                C->getBeginLoc());
    return std::nullopt;
  }
}

std::optional<Value> Executor::arith(BinaryOperatorKind Op, const Value &L,
                                     const Value &R, ScalarKind Kind,
                                     const Expr *At, State &St) {
  std::vector<DefinednessCheck> Checks;
  ArithOp A;
  switch (Op) {
  case BO_Add:
  case BO_AddAssign:
    A = ArithOp::Add;
    break;
  case BO_Sub:
  case BO_SubAssign:
    A = ArithOp::Sub;
    break;
  case BO_Mul:
  case BO_MulAssign:
    A = ArithOp::Mul;
    break;
  case BO_Div:
  case BO_DivAssign:
    A = ArithOp::Div;
    break;
  case BO_Rem:
  case BO_RemAssign:
    A = ArithOp::Rem;
    break;
  case BO_Shl:
  case BO_ShlAssign:
    A = ArithOp::Shl;
    break;
  case BO_Shr:
  case BO_ShrAssign:
    A = ArithOp::Shr;
    break;
  case BO_And:
  case BO_AndAssign:
    A = ArithOp::And;
    break;
  case BO_Or:
  case BO_OrAssign:
    A = ArithOp::Or;
    break;
  case BO_Xor:
  case BO_XorAssign:
    A = ArithOp::Xor;
    break;
  default:
    unsupported("operator", At->getBeginLoc());
    return std::nullopt;
  }
  Value Out = Arith.binary(A, L, R, Kind, text(At), Checks);
  requireDefined(Checks, At->getExprLoc(), St);
  return Out;
}

std::optional<Value> Executor::evalBinary(const BinaryOperator *B, State &St) {
  BinaryOperatorKind Op = B->getOpcode();
  if (Op == BO_LAnd || Op == BO_LOr)
    return evalLogical(B, St);
  if (B->isAssignmentOp())
    return evalAssign(B, St);
  if (Op == BO_Comma) {
    eval(B->getLHS(), St);
    return eval(B->getRHS(), St);
  }
  std::optional<Value> L = eval(B->getLHS(), St);
  std::optional<Value> R = eval(B->getRHS(), St);
  if (!L || !R)
    return std::nullopt;
  if (B->isComparisonOp()) {
    if (Op == BO_Cmp) {
      unsupported("'<=>'", B->getExprLoc());
      return std::nullopt;
    }
    static const std::map<BinaryOperatorKind, CompareOp> Compare = {
        {BO_EQ, CompareOp::Eq}, {BO_NE, CompareOp::Ne}, {BO_LT, CompareOp::Lt},
        {BO_LE, CompareOp::Le}, {BO_GT, CompareOp::Gt}, {BO_GE, CompareOp::Ge}};
    return Arith.compare(Compare.at(Op), *L, *R);
  }
  std::optional<ScalarKind> K = kindOf(B->getType());
  if (!K) {
    unsupported("operation on type '" + B->getType().getAsString() + "'",
                B->getExprLoc());
    return std::nullopt;
  }
  return arith(Op, *L, *R, *K, B, St);
}

std::optional<Value> Executor::evalLogical(const BinaryOperator *B, State &St) {
  std::optional<Value> L = eval(B->getLHS(), St);
  if (!L)
    return std::nullopt;
  z3::expr LT = Arith.truth(*L);
  bool IsAnd = B->getOpcode() == BO_LAnd;
  // The right operand runs only when the left does not decide.
  State Right = St;
  Right.assume(IsAnd ? LT : !LT);
  std::optional<Value> R = eval(B->getRHS(), Right);
  z3::expr RT =
      R ? Arith.truth(*R) : freshOf(ScalarKind::boolean(), "rhs").Term;
  State Short = St;
  Short.assume(IsAnd ? !LT : LT);
  St = merge(Right, Short);
  z3::expr Result = IsAnd ? (LT && RT) : (LT || RT);
  return Value{Result, ScalarKind::boolean()};
}

std::optional<Value> Executor::evalAssign(const BinaryOperator *B, State &St) {
  const ValueDecl *Target = trackedVariable(B->getLHS());
  std::optional<Value> R = eval(B->getRHS(), St);
  if (!Target) {
    unsupported("assignment to '" + text(B->getLHS()) + "'", B->getExprLoc());
    return std::nullopt;
  }
  if (isa<CompoundAssignOperator>(B))
    checkAssigned(Target, B, St);
  const Value *Old = St.find(Target);
  std::optional<ScalarKind> K = kindOf(B->getLHS()->getType());
  if (!K || !Old) {
    unsupported("assignment to '" + text(B->getLHS()) + "'", B->getExprLoc());
    return std::nullopt;
  }
  Value New = R ? *R : freshOf(*K, "assigned");
  if (const auto *CA = dyn_cast<CompoundAssignOperator>(B)) {
    // LHS converts to the computation type, the operation runs there, and
    // the result converts back.
    std::optional<ScalarKind> Comp = kindOf(CA->getComputationLHSType());
    std::optional<ScalarKind> ResK = kindOf(CA->getComputationResultType());
    if (!Comp || !ResK || !R) {
      unsupported("compound assignment", B->getExprLoc());
      return std::nullopt;
    }
    Value L = Arith.convert(*Old, *Comp);
    Value RC =
        (B->getOpcode() == BO_ShlAssign || B->getOpcode() == BO_ShrAssign)
            ? *R
            : Arith.convert(*R, *Comp);
    std::optional<Value> Res = arith(B->getOpcode(), L, RC, *ResK, B, St);
    if (!Res)
      return std::nullopt;
    New = *Res;
  }
  New = Arith.convert(New, *K);
  if (!St.isDead())
    St.set(Target, New);
  return New;
}

std::optional<Value> Executor::evalUnary(const UnaryOperator *U, State &St) {
  std::optional<ScalarKind> K = kindOf(U->getType());
  switch (U->getOpcode()) {
  case UO_LNot: {
    std::optional<Value> V = eval(U->getSubExpr(), St);
    if (!V)
      return std::nullopt;
    return Value{!Arith.truth(*V), ScalarKind::boolean()};
  }
  case UO_Minus: {
    std::optional<Value> V = eval(U->getSubExpr(), St);
    if (!V || !K)
      return std::nullopt;
    std::vector<DefinednessCheck> Checks;
    Value Out = Arith.negate(Arith.convert(*V, *K), text(U), Checks);
    requireDefined(Checks, U->getExprLoc(), St);
    return Out;
  }
  case UO_Plus: {
    std::optional<Value> V = eval(U->getSubExpr(), St);
    if (!V || !K)
      return std::nullopt;
    return Arith.convert(*V, *K);
  }
  case UO_Not: {
    std::optional<Value> V = eval(U->getSubExpr(), St);
    if (!V || !K)
      return std::nullopt;
    return Arith.complement(Arith.convert(*V, *K));
  }
  case UO_PreInc:
  case UO_PreDec:
  case UO_PostInc:
  case UO_PostDec: {
    const ValueDecl *Target = trackedVariable(U->getSubExpr());
    if (Target)
      checkAssigned(Target, U, St);
    const Value *Old = Target ? St.find(Target) : nullptr;
    if (!Old) {
      unsupported("'" + text(U) + "'", U->getExprLoc());
      return std::nullopt;
    }
    Value Before = *Old;
    Value After = Before;
    if (Before.Kind.IsBool) {
      unsupported("'++' on bool", U->getExprLoc());
      return std::nullopt;
    }
    // `x++` computes x + 1 in the promoted type and converts back: only
    // types at least as wide as int can overflow.
    ScalarKind Promoted = Before.Kind;
    unsigned IntWidth = Ctx.getIntWidth(Ctx.IntTy);
    if (Promoted.Width < IntWidth)
      Promoted = ScalarKind::integer(IntWidth, true);
    std::vector<DefinednessCheck> Checks;
    Value One = Arith.constant(1, Promoted);
    After = Arith.binary(U->isIncrementOp() ? ArithOp::Add : ArithOp::Sub,
                         Arith.convert(Before, Promoted), One, Promoted,
                         text(U), Checks);
    After = Arith.convert(After, Before.Kind);
    requireDefined(Checks, U->getExprLoc(), St);
    if (!St.isDead())
      St.set(Target, After);
    return U->isPrefix() ? After : Before;
  }
  case UO_AddrOf:
    escape(U->getSubExpr(), St);
    unsupported("'" + text(U) + "'", U->getExprLoc());
    return std::nullopt;
  default:
    eval(U->getSubExpr(), St);
    unsupported("'" + text(U) + "'", U->getExprLoc());
    return std::nullopt;
  }
}

std::optional<Value>
Executor::evalConditional(const AbstractConditionalOperator *C, State &St) {
  if (isa<BinaryConditionalOperator>(C)) {
    unsupported("'?:' without a middle operand", C->getBeginLoc());
    return std::nullopt;
  }
  std::optional<Value> Cond = eval(C->getCond(), St);
  if (!Cond)
    return std::nullopt;
  z3::expr T = Arith.truth(*Cond);
  State A = St, B = St;
  A.assume(T);
  B.assume(!T);
  std::optional<Value> VA = eval(C->getTrueExpr(), A);
  std::optional<Value> VB = eval(C->getFalseExpr(), B);
  St = merge(A, B);
  if (C->getType()->isVoidType())
    return std::nullopt;
  if (!VA || !VB)
    return std::nullopt;
  return Arith.select(T, *VA, *VB);
}

std::optional<Value> Executor::evalCarrier(const extract::ExtractedClause &C,
                                           State &St) {
  // A leading Expects is the function's precondition: assumed on entry,
  // checked at call sites.
  if (C.Clause.Kind == ir::ClauseKind::Precondition)
    return std::nullopt;
  std::optional<Value> V = eval(C.Condition, St);
  std::string Subject = "assertion '" + C.Clause.Text + "'";
  if (!V) {
    if (C.Clause.Kind == ir::ClauseKind::Assertion)
      undecidable(ObligationKind::Assertion, C.Anchor->getBeginLoc(), Subject,
                  Subject + " fails", St, nullptr, "",
                  "its condition could not be encoded");
    return std::nullopt;
  }
  z3::expr Holds = Arith.truth(*V);
  if (C.Clause.Kind == ir::ClauseKind::Assertion) {
    require(ObligationKind::Assertion, C.Anchor->getBeginLoc(), Subject,
            Subject + " fails", Holds, St, nullptr);
  }
  // After an assert the program goes on only where it held (a failed one
  // aborts); an assumption restricts the paths the same way.
  St.assume(Holds);
  return std::nullopt;
}

} // namespace vouch::verify
