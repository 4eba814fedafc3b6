//===- ContractAssertionCheck.h - contract-assertion --------------*- C++
//-*-===//
//
// Reports in-body assertions that fail: assert, GSL Expects/Ensures,
// __VERIFIER_assert and ACSL `assert`.
//
// Documentation: docs/checks/contract-assertion.md
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_CONTRACTASSERTIONCHECK_H
#define VOUCH_CHECKS_CONTRACTASSERTIONCHECK_H

#include "VerificationCheck.h"

namespace vouch::checks {

class ContractAssertionCheck : public VerdictCheck {
public:
  ContractAssertionCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context);
};

} // namespace vouch::checks

#endif // VOUCH_CHECKS_CONTRACTASSERTIONCHECK_H
