//===- ContractUndefinedBehaviorCheck.h - contract-undefined-behavior -*- C++
//-*-===//
//
// Reports undefined behaviour that an input allowed by the preconditions
// reaches: signed overflow, division by zero, INT_MIN / -1, bad shifts.
//
// Documentation: docs/checks/contract-undefined-behavior.md
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_CONTRACTUNDEFINEDBEHAVIORCHECK_H
#define VOUCH_CHECKS_CONTRACTUNDEFINEDBEHAVIORCHECK_H

#include "VerificationCheck.h"

namespace vouch::checks {

class ContractUndefinedBehaviorCheck : public VerdictCheck {
public:
  ContractUndefinedBehaviorCheck(llvm::StringRef Name,
                                 clang::tidy::ClangTidyContext *Context);
};

} // namespace vouch::checks

#endif // VOUCH_CHECKS_CONTRACTUNDEFINEDBEHAVIORCHECK_H
