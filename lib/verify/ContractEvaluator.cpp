//===- ContractEvaluator.cpp - Contract clauses as Z3 terms ---------------===//
#include "verify/ContractEvaluator.h"

#include "verify/StateScope.h"

#include "extract/TypeRules.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace vouch::verify {

namespace {

const FunctionDecl *definitionOf(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  const FunctionDecl *Def = FD->getDefinition();
  return Def ? Def : FD->getFirstDecl();
}

/// The value of a character literal as written: 'a', '\n', '\x41', '\0'.
std::optional<int64_t> charValue(llvm::StringRef Spelling) {
  if (Spelling.size() < 3 || Spelling.front() != '\'' ||
      Spelling.back() != '\'')
    return std::nullopt;
  llvm::StringRef Body = Spelling.drop_front().drop_back();
  if (Body.size() == 1 && Body[0] != '\\')
    return static_cast<unsigned char>(Body[0]);
  if (Body.size() < 2 || Body[0] != '\\')
    return std::nullopt;
  static const std::pair<char, int> Simple[] = {
      {'n', '\n'},  {'t', '\t'},  {'r', '\r'}, {'0', 0},
      {'\\', '\\'}, {'\'', '\''}, {'"', '"'},  {'a', '\a'},
      {'b', '\b'},  {'f', '\f'},  {'v', '\v'}, {'?', '?'}};
  if (Body.size() == 2)
    for (auto [C, V] : Simple)
      if (Body[1] == C)
        return V;
  unsigned Out = 0;
  if (Body[1] == 'x' && !Body.drop_front(2).getAsInteger(16, Out))
    return Out;
  if (!Body.drop_front(1).getAsInteger(8, Out))
    return Out;
  return std::nullopt;
}

} // namespace

std::optional<z3::expr> Executor::evalClause(const extract::ExtractedClause &C,
                                             State &Current, const State *Entry,
                                             const std::optional<Value> &Result,
                                             z3::expr &Defined) {
  std::vector<DefinednessCheck> Checks;
  std::optional<Value> V;
  LastClauseProblem.clear();
  if (C.Condition) {
    State Scratch = Current;
    std::vector<DefinednessCheck> *Saved = ContractChecks;
    ContractChecks = &Checks;
    V = eval(C.Condition, Scratch);
    ContractChecks = Saved;
  } else if (C.Clause.Expression && C.Bound) {
    ContractEvaluator E(*this,
                        definitionOf(dyn_cast_or_null<FunctionDecl>(C.Owner)),
                        Current, Entry, Result);
    V = E.eval(*C.Clause.Expression, *C.Bound);
    Checks = std::move(E.Checks);
    LastClauseProblem = E.Problem;
  }
  if (!V)
    return std::nullopt;
  for (const DefinednessCheck &Check : Checks)
    Defined = Defined && Check.Defined;
  LastClauseChecks = std::move(Checks);
  return Arith.truth(*V);
}

std::optional<Value> ContractEvaluator::fail(const std::string &Why) {
  if (Problem.empty())
    Problem = Why;
  return std::nullopt;
}

std::optional<ScalarKind>
ContractEvaluator::kindOf(const extract::BoundExpr &B) {
  return X.kindOf(B.Type);
}

std::optional<Value> ContractEvaluator::eval(const ir::Expr &E,
                                             const extract::BoundExpr &B) {
  if (E.Children.size() != B.Children.size())
    return fail("the clause's tree is malformed");
  switch (E.Kind) {
  case ir::ExprKind::IntLiteral:
  case ir::ExprKind::BoolLiteral:
  case ir::ExprKind::CharLiteral:
    return literal(E, B);
  case ir::ExprKind::Name:
    return name(E, B);
  case ir::ExprKind::Result: {
    std::optional<ScalarKind> K = kindOf(B);
    if (!Result || !K)
      return fail("'\\result' has no value vouch models here");
    return X.Arith.convert(*Result, *K);
  }
  case ir::ExprKind::Old: {
    bool Saved = InOld;
    InOld = true;
    std::optional<Value> V = eval(E.Children[0], B.Children[0]);
    InOld = Saved;
    return V;
  }
  case ir::ExprKind::Unary:
    return unary(E, B);
  case ir::ExprKind::Binary:
    return binary(E, B);
  case ir::ExprKind::Conditional:
    return conditional(E, B);
  case ir::ExprKind::Call:
    return call(E, B);
  case ir::ExprKind::Member:
    return member(E, B);
  case ir::ExprKind::Cast: {
    std::optional<Value> V = eval(E.Children[0], B.Children[0]);
    std::optional<ScalarKind> K = kindOf(B);
    if (!V || !K)
      return fail("cast to '" + E.Name + "'");
    return X.Arith.convert(*V, *K);
  }
  default:
    return fail("'" + ir::render(E) + "'");
  }
}

std::optional<Value> ContractEvaluator::literal(const ir::Expr &E,
                                                const extract::BoundExpr &B) {
  std::optional<ScalarKind> K = kindOf(B);
  if (!K)
    return fail("literal '" + E.Value + "'");
  if (E.Kind == ir::ExprKind::BoolLiteral)
    return X.Arith.boolean(E.Value == "true");
  if (E.Kind == ir::ExprKind::CharLiteral) {
    std::optional<int64_t> C = charValue(E.Value);
    if (!C)
      return fail("character literal " + E.Value);
    return X.Arith.constant(*C, *K);
  }
  std::optional<llvm::APInt> V =
      extract::TypeRules::integerLiteralValue(E.Value);
  if (!V)
    return fail("literal '" + E.Value + "'");
  return X.Arith.constant(llvm::APSInt(*V, /*isUnsigned=*/true), *K);
}

std::optional<Value> ContractEvaluator::name(const ir::Expr &E,
                                             const extract::BoundExpr &B) {
  switch (E.Target.Kind) {
  case ir::RefKind::Macro:
    return eval(E.Children[0], B.Children[0]);
  case ir::RefKind::Enumerator:
    if (const auto *EC = dyn_cast_or_null<EnumConstantDecl>(B.Decl))
      if (std::optional<ScalarKind> K = kindOf(B))
        return X.Arith.constant(EC->getInitVal(), *K);
    return fail("enumerator '" + E.Name + "'");
  case ir::RefKind::Parameter: {
    if (!ParamsOf || E.Target.Index < 0 ||
        static_cast<unsigned>(E.Target.Index) >= ParamsOf->getNumParams())
      return fail("parameter '" + E.Name + "'");
    const ParmVarDecl *P = ParamsOf->getParamDecl(E.Target.Index);
    if (P->getType()->isReferenceType())
      return fail("reference parameter '" + E.Name + "'");
    // A by-value parameter means its value on entry (the caller cannot see
    // what the body does to it).
    const State &From = Entry ? *Entry : Current;
    if (const Value *V = From.find(P))
      return *V;
    return fail("parameter '" + E.Name + "' of type '" +
                P->getType().getAsString() + "'");
  }
  case ir::RefKind::Field:
  case ir::RefKind::Global:
  case ir::RefKind::Local: {
    if (const auto *V = dyn_cast_or_null<VarDecl>(B.Decl))
      if (isConstantVariable(V))
        if (std::optional<ScalarKind> K = kindOf(B)) {
          Expr::EvalResult R;
          if (V->getAnyInitializer()->EvaluateAsInt(R, V->getASTContext()))
            return X.Arith.constant(R.Val.getInt(), *K);
        }
    if (B.Decl)
      if (const Value *V = state().find(B.Decl))
        return *V;
    return fail("'" + E.Name + "'");
  }
  default:
    return fail("'" + E.Name + "'");
  }
}

std::optional<Value> ContractEvaluator::unary(const ir::Expr &E,
                                              const extract::BoundExpr &B) {
  std::optional<Value> V = eval(E.Children[0], B.Children[0]);
  if (!V)
    return std::nullopt;
  if (E.Op == "!")
    return Value{!X.Arith.truth(*V), ScalarKind::boolean()};
  std::optional<ScalarKind> K = kindOf(B);
  if (!K)
    return fail("operator '" + E.Op + "'");
  Value C = X.Arith.convert(*V, *K);
  if (E.Op == "+")
    return C;
  if (E.Op == "-")
    return X.Arith.negate(C, ir::render(E), Checks);
  if (E.Op == "~")
    return X.Arith.complement(C);
  return fail("operator '" + E.Op + "'");
}

std::optional<Value> ContractEvaluator::guarded(const z3::expr &Guard,
                                                const ir::Expr &E,
                                                const extract::BoundExpr &B) {
  std::size_t First = Checks.size();
  std::optional<Value> V = eval(E, B);
  for (std::size_t I = First; I < Checks.size(); ++I)
    Checks[I].Defined = z3::implies(Guard, Checks[I].Defined);
  return V;
}

std::optional<Value> ContractEvaluator::logical(const ir::Expr &E,
                                                const extract::BoundExpr &B) {
  std::optional<Value> L = eval(E.Children[0], B.Children[0]);
  if (!L)
    return std::nullopt;
  z3::expr LT = X.Arith.truth(*L);
  const std::string &Op = E.Op;
  // The right operand matters only where the left does not decide.
  z3::expr Needed = Op == "&&" || Op == "==>" ? LT
                    : Op == "||"              ? !LT
                                              : X.Z.bool_val(true);
  std::optional<Value> R = guarded(Needed, E.Children[1], B.Children[1]);
  if (!R)
    return std::nullopt;
  z3::expr RT = X.Arith.truth(*R);
  z3::expr Out = Op == "&&"    ? (LT && RT)
                 : Op == "||"  ? (LT || RT)
                 : Op == "==>" ? z3::implies(LT, RT)
                               : (LT == RT);
  return Value{Out, ScalarKind::boolean()};
}

std::optional<Value> ContractEvaluator::binary(const ir::Expr &E,
                                               const extract::BoundExpr &B) {
  const std::string &Op = E.Op;
  if (Op == "&&" || Op == "||" || Op == "==>" || Op == "<==>")
    return logical(E, B);
  std::optional<Value> L = eval(E.Children[0], B.Children[0]);
  std::optional<Value> R = eval(E.Children[1], B.Children[1]);
  if (!L || !R)
    return std::nullopt;
  const ASTContext &Ctx = X.Ctx;
  extract::TypeRules Types(const_cast<ASTContext &>(Ctx));
  static const std::map<std::string, CompareOp> Compare = {
      {"==", CompareOp::Eq}, {"!=", CompareOp::Ne}, {"<", CompareOp::Lt},
      {"<=", CompareOp::Le}, {">", CompareOp::Gt},  {">=", CompareOp::Ge}};
  if (auto It = Compare.find(Op); It != Compare.end()) {
    QualType LT = B.Children[0].Type, RT = B.Children[1].Type;
    if (LT.isNull() || RT.isNull())
      return fail("comparison '" + ir::render(E) + "'");
    if (L->Kind.IsBool && R->Kind.IsBool)
      return X.Arith.compare(It->second, *L, *R);
    QualType Common = LT->isEnumeralType() && Ctx.hasSameUnqualifiedType(LT, RT)
                          ? LT
                          : Types.usualArithmeticConversion(LT, RT);
    std::optional<ScalarKind> K = X.kindOf(Common);
    if (!K)
      return fail("comparison '" + ir::render(E) + "'");
    return X.Arith.compare(It->second, X.Arith.convert(*L, *K),
                           X.Arith.convert(*R, *K));
  }
  static const std::map<std::string, ArithOp> Arith = {
      {"+", ArithOp::Add},  {"-", ArithOp::Sub}, {"*", ArithOp::Mul},
      {"/", ArithOp::Div},  {"%", ArithOp::Rem}, {"<<", ArithOp::Shl},
      {">>", ArithOp::Shr}, {"&", ArithOp::And}, {"|", ArithOp::Or},
      {"^", ArithOp::Xor}};
  auto It = Arith.find(Op);
  std::optional<ScalarKind> K = kindOf(B);
  if (It == Arith.end() || !K || K->IsBool)
    return fail("operator '" + Op + "' on these operands");
  Value LC = X.Arith.convert(*L, *K);
  Value RC = X.Arith.convert(*R, *K);
  if (It->second == ArithOp::Shl || It->second == ArithOp::Shr) {
    std::optional<ScalarKind> CK = X.kindOf(Types.promote(B.Children[1].Type));
    if (!CK)
      return fail("shift count");
    RC = X.Arith.convert(*R, *CK);
  }
  return X.Arith.binary(It->second, LC, RC, *K, ir::render(E), Checks);
}

std::optional<Value>
ContractEvaluator::conditional(const ir::Expr &E, const extract::BoundExpr &B) {
  std::optional<Value> C = eval(E.Children[0], B.Children[0]);
  if (!C)
    return std::nullopt;
  z3::expr T = X.Arith.truth(*C);
  std::optional<Value> A = guarded(T, E.Children[1], B.Children[1]);
  std::optional<Value> F = guarded(!T, E.Children[2], B.Children[2]);
  std::optional<ScalarKind> K = kindOf(B);
  if (!A || !F || !K)
    return fail("'?:' on these operands");
  return X.Arith.select(T, X.Arith.convert(*A, *K), X.Arith.convert(*F, *K));
}

std::optional<Value> ContractEvaluator::member(const ir::Expr &E,
                                               const extract::BoundExpr &B) {
  if (E.Children[0].Kind != ir::ExprKind::This)
    return fail("member access '" + ir::render(E) + "' on another object");
  if (const Value *V = B.Decl ? state().find(B.Decl) : nullptr)
    return *V;
  return fail("member '" + E.Name + "'");
}

std::optional<Value> ContractEvaluator::call(const ir::Expr &E,
                                             const extract::BoundExpr &B) {
  const ir::Expr &Callee = E.Children[0];
  const extract::BoundExpr &CalleeB = B.Children[0];
  std::optional<ScalarKind> K = kindOf(B);
  if (!K)
    return fail("call '" + ir::render(E) + "'");
  if (Callee.Kind == ir::ExprKind::Name && !CalleeB.Decl &&
      Callee.Name.find("numeric_limits") != std::string::npos) {
    llvm::StringRef N(Callee.Name);
    if (N.ends_with("::max"))
      return Value{X.Arith.maxOf(*K), *K};
    return Value{X.Arith.minOf(*K), *K}; // min and lowest, for integers
  }
  const auto *FD = dyn_cast_or_null<FunctionDecl>(CalleeB.Decl);
  if (Callee.Kind == ir::ExprKind::Member &&
      Callee.Children[0].Kind != ir::ExprKind::This)
    return fail("call '" + ir::render(E) + "' on another object");
  if (!FD || !X.canInline(FD))
    return fail("call to '" + ir::render(Callee) +
                "', whose body is not available to inline");
  std::vector<Value> Args;
  for (std::size_t I = 1; I < E.Children.size(); ++I) {
    std::optional<Value> A = eval(E.Children[I], B.Children[I]);
    if (!A)
      return std::nullopt;
    Args.push_back(*A);
  }
  // The callee runs on a copy: contracts have no side effects.
  State Scratch = state();
  std::vector<DefinednessCheck> *Saved = X.ContractChecks;
  X.ContractChecks = &Checks;
  std::optional<Value> V = X.inlineCall(FD, Args, Scratch);
  X.ContractChecks = Saved;
  if (!V)
    return fail("call '" + ir::render(E) + "'");
  return X.Arith.convert(*V, *K);
}

} // namespace vouch::verify
