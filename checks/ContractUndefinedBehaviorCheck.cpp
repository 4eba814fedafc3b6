//===- ContractUndefinedBehaviorCheck.cpp - contract-undefined-behavior --===//
#include "ContractUndefinedBehaviorCheck.h"

namespace vouch::checks {

ContractUndefinedBehaviorCheck::ContractUndefinedBehaviorCheck(
    llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
    : VerdictCheck(Name, Context, {verify::ObligationKind::UndefinedBehavior}) {
}

} // namespace vouch::checks
