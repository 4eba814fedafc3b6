//===- VerificationStore.h - One verification per function ------*- C++ -*-===//
//
// Every verification check reports its share of the same verdicts. The
// first check that asks for a function's verdicts runs the verifier; the
// others read the stored report. The checks visit each function in turn,
// so only the reports of the function visited last are kept.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_VERIFICATIONSTORE_H
#define VOUCH_CHECKS_VERIFICATIONSTORE_H

#include "verify/FunctionVerifier.h"

namespace vouch::checks {

/// The report for FD under Opts, computed once while the checks visit FD
/// and valid until a report for another function is asked for; null when
/// another unit of the run verifies FD (functions in headers are verified
/// by the first unit that reaches them), or when `--diff` leaves FD out
/// (see ChangedLines.h).
const verify::FunctionReport *verificationOf(const clang::FunctionDecl *FD,
                                             clang::Preprocessor *PP,
                                             const verify::Options &Opts);

/// Marks header functions as verified by this run already (by units whose
/// results come from the cache); keys as in UnitActivity::ClaimsMade.
void claimVerifiedElsewhere(llvm::ArrayRef<std::string> Keys);

/// Drops everything stored for Ctx's translation unit.
void forgetVerifications(const clang::ASTContext &Ctx);

} // namespace vouch::checks

#endif // VOUCH_CHECKS_VERIFICATIONSTORE_H
