//===- ContractPostconditionCheck.cpp - contract-postcondition -----------===//
#include "ContractPostconditionCheck.h"

namespace vouch::checks {

ContractPostconditionCheck::ContractPostconditionCheck(
    llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
    : VerdictCheck(Name, Context, {verify::ObligationKind::Postcondition}) {}

} // namespace vouch::checks
