//===- UnreachedCalls.h - Calls whose preconditions got no obligation -*- C++
//-*-===//
//
// The executor evaluates nothing below an expression it does not model (an
// argument it cannot read, a call through a pointer parameter, the
// initializer of a floating-point variable, a range-based for ...), so the
// preconditions of calls there would get no verdict at all, not even
// Unknown. This lists every call in a function's own body with the
// preconditions each would owe, keyed as the executor keys them, so that
// the verifier can make an Unknown of each one the runs did not reach.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_UNREACHEDCALLS_H
#define VOUCH_VERIFY_UNREACHEDCALLS_H

#include "verify/ContractIndex.h"

#include "clang/AST/Decl.h"

#include <string>
#include <vector>

namespace vouch::verify {

/// A precondition a call in the body owes at its call site.
struct OwedPrecondition {
  const extract::ExtractedClause *Clause = nullptr;
  clang::SourceLocation Loc; // where the executor would report it
  std::string Subject;       // as the executor words it
  std::string Key;           // obligationKey() of the executor's obligation
};

/// The preconditions owed by the calls written in FD's body, lambdas
/// included, in source order; calls in unevaluated operands and in local
/// classes (whose functions are verified on their own) are not FD's.
std::vector<OwedPrecondition> preconditionsOwedIn(const clang::FunctionDecl *FD,
                                                  ContractIndex &Contracts);

} // namespace vouch::verify

#endif // VOUCH_VERIFY_UNREACHEDCALLS_H
