//===- ContractInvariantCheck.h - contract-invariant --------------*- C++
//-*-===//
//
// Reports class invariants broken on exit from a public member function or
// a constructor, and loop invariants that fail on entry or are not preserved.
//
// Documentation: docs/checks/contract-invariant.md
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_CONTRACTINVARIANTCHECK_H
#define VOUCH_CHECKS_CONTRACTINVARIANTCHECK_H

#include "VerificationCheck.h"

namespace vouch::checks {

class ContractInvariantCheck : public VerdictCheck {
public:
  ContractInvariantCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context);
};

} // namespace vouch::checks

#endif // VOUCH_CHECKS_CONTRACTINVARIANTCHECK_H
