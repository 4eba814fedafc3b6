//===- ContractVacuousCheck.cpp - contract-vacuous -----------------------===//
#include "ContractVacuousCheck.h"

namespace vouch::checks {

ContractVacuousCheck::ContractVacuousCheck(
    llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
    : VerdictCheck(Name, Context, {verify::ObligationKind::Vacuity}) {}

} // namespace vouch::checks
