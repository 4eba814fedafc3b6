//===- ContractPreconditionCheck.h - contract-precondition --------*- C++
//-*-===//
//
// Reports calls that violate the callee's precondition, at the call site, with
// a note at the callee's clause.
//
// Documentation: docs/checks/contract-precondition.md
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_CONTRACTPRECONDITIONCHECK_H
#define VOUCH_CHECKS_CONTRACTPRECONDITIONCHECK_H

#include "VerificationCheck.h"

namespace vouch::checks {

class ContractPreconditionCheck : public VerdictCheck {
public:
  ContractPreconditionCheck(llvm::StringRef Name,
                            clang::tidy::ClangTidyContext *Context);
};

} // namespace vouch::checks

#endif // VOUCH_CHECKS_CONTRACTPRECONDITIONCHECK_H
