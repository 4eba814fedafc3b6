//===- ContractVacuousCheck.h - contract-vacuous ------------------*- C++
//-*-===//
//
// Reports functions whose preconditions no input satisfies: every proof
// about them would hold vacuously.
//
// Documentation: docs/checks/contract-vacuous.md
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_CONTRACTVACUOUSCHECK_H
#define VOUCH_CHECKS_CONTRACTVACUOUSCHECK_H

#include "VerificationCheck.h"

namespace vouch::checks {

class ContractVacuousCheck : public VerdictCheck {
public:
  ContractVacuousCheck(llvm::StringRef Name,
                       clang::tidy::ClangTidyContext *Context);
};

} // namespace vouch::checks

#endif // VOUCH_CHECKS_CONTRACTVACUOUSCHECK_H
