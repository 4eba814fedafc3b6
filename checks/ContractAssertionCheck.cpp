//===- ContractAssertionCheck.cpp - contract-assertion -------------------===//
#include "ContractAssertionCheck.h"

namespace vouch::checks {

ContractAssertionCheck::ContractAssertionCheck(
    llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
    : VerdictCheck(Name, Context, {verify::ObligationKind::Assertion}) {}

} // namespace vouch::checks
