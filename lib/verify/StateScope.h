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

} // namespace vouch::verify

#endif // VOUCH_VERIFY_STATESCOPE_H
