//===- ContractInvariantCheck.cpp - contract-invariant -------------------===//
#include "ContractInvariantCheck.h"

namespace vouch::checks {

ContractInvariantCheck::ContractInvariantCheck(
    llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
    : VerdictCheck(Name, Context,
                   {verify::ObligationKind::ClassInvariant,
                    verify::ObligationKind::LoopInvariant}) {}

} // namespace vouch::checks
