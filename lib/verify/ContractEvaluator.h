//===- ContractEvaluator.h - Contract clauses as Z3 terms -------*- C++ -*-===//
//
// Encodes a resolved contract expression (the spec IR tree and Clang's view
// of it) in a symbolic state: parameters, members and globals take their
// values there, `\old(e)` takes e's value on entry, `\result` the returned
// value. C++ rules apply inside contracts too, so an operation that would
// be undefined makes the clause false where it is checked.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_CONTRACTEVALUATOR_H
#define VOUCH_VERIFY_CONTRACTEVALUATOR_H

#include "verify/Executor.h"

namespace vouch::verify {

class ContractEvaluator {
public:
  ContractEvaluator(Executor &X, const clang::FunctionDecl *ParamsOf,
                    State &Current, const State *Entry,
                    const std::optional<Value> &Result)
      : X(X), ParamsOf(ParamsOf), Current(Current), Entry(Entry),
        Result(Result) {}

  /// nullopt (and Problem set) if the clause uses what vouch cannot encode.
  std::optional<Value> eval(const ir::Expr &E, const extract::BoundExpr &B);

  std::vector<DefinednessCheck> Checks;
  std::string Problem;

private:
  std::optional<Value> fail(const std::string &Why);
  std::optional<Value> name(const ir::Expr &E, const extract::BoundExpr &B);
  std::optional<Value> unary(const ir::Expr &E, const extract::BoundExpr &B);
  std::optional<Value> binary(const ir::Expr &E, const extract::BoundExpr &B);
  std::optional<Value> logical(const ir::Expr &E, const extract::BoundExpr &B);
  std::optional<Value> conditional(const ir::Expr &E,
                                   const extract::BoundExpr &B);
  std::optional<Value> call(const ir::Expr &E, const extract::BoundExpr &B);
  std::optional<Value> member(const ir::Expr &E, const extract::BoundExpr &B);
  std::optional<Value> literal(const ir::Expr &E, const extract::BoundExpr &B);
  /// Evaluates a child with its definedness required only where Guard
  /// holds (the right of `&&`, the arms of `?:`).
  std::optional<Value> guarded(const z3::expr &Guard, const ir::Expr &E,
                               const extract::BoundExpr &B);
  std::optional<ScalarKind> kindOf(const extract::BoundExpr &B);
  const State &state() const { return InOld && Entry ? *Entry : Current; }

  Executor &X;
  const clang::FunctionDecl *ParamsOf;
  State &Current;
  const State *Entry;
  const std::optional<Value> &Result;
  bool InOld = false;
};

} // namespace vouch::verify

#endif // VOUCH_VERIFY_CONTRACTEVALUATOR_H
