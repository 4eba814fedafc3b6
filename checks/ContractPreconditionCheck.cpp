//===- ContractPreconditionCheck.cpp - contract-precondition -------------===//
#include "ContractPreconditionCheck.h"

namespace vouch::checks {

ContractPreconditionCheck::ContractPreconditionCheck(
    llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
    : VerdictCheck(Name, Context, {verify::ObligationKind::Precondition}) {}

} // namespace vouch::checks
