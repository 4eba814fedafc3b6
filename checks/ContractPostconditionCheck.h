//===- ContractPostconditionCheck.h - contract-postcondition ------*- C++
//-*-===//
//
// Reports postconditions that a return path violates, with the counterexample
// that reaches it.
//
// Documentation: docs/checks/contract-postcondition.md
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_CONTRACTPOSTCONDITIONCHECK_H
#define VOUCH_CHECKS_CONTRACTPOSTCONDITIONCHECK_H

#include "VerificationCheck.h"

namespace vouch::checks {

class ContractPostconditionCheck : public VerdictCheck {
public:
  ContractPostconditionCheck(llvm::StringRef Name,
                             clang::tidy::ClangTidyContext *Context);
};

} // namespace vouch::checks

#endif // VOUCH_CHECKS_CONTRACTPOSTCONDITIONCHECK_H
