//===- StateScope.h - The variables a function can touch -------*- C++ -*-===//
//
// Fields of *this and globals that the analysed function, its contract, its
// class invariants and the callees it may inline read or write. They are
// the function's inputs, and what a call or a loop may change.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_STATESCOPE_H
#define VOUCH_VERIFY_STATESCOPE_H

#include "verify/ContractIndex.h"

#include <set>

namespace vouch::verify {

struct StateScope {
  std::set<const clang::FieldDecl *> Fields;
  std::set<const clang::VarDecl *> Globals;
};

StateScope collectStateScope(const clang::FunctionDecl *FD,
                             ContractIndex &Contracts, unsigned Depth);

/// Whether V is a constant the verifier reads from its initializer.
bool isConstantVariable(const clang::VarDecl *V);

/// The variable an lvalue expression denotes, if vouch models it: a
/// variable that is not a reference, or a field of *this that is not a
/// bit-field. Only these are assigned, incremented or read by the executor.
const clang::ValueDecl *trackedVariable(const clang::Expr *E);

/// Whether the executor evaluates Call at all (ExecutorCalls.cpp): not an
/// indirect call, an overloaded operator or a call on another object.
bool isFollowedCall(const clang::CallExpr *Call);

} // namespace vouch::verify

#endif // VOUCH_VERIFY_STATESCOPE_H
