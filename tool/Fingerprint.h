//===- Fingerprint.h - Stable identities of findings ------------*- C++ -*-===//
//
// A finding's fingerprint names it across edits that do not touch it: it is
// built from the check, the file, the function (qualified name and
// parameter types), the verdict and the normalised clause and message text,
// never from line or column numbers. SARIF's partialFingerprints and
// baselines (--baseline) use it. Described in docs/integrations.md.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_FINGERPRINT_H
#define VOUCH_TOOL_FINGERPRINT_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace vouch::tool {

/// The key of vouch's fingerprint in SARIF's partialFingerprints; the
/// version changes whenever what goes into a fingerprint does.
inline constexpr llvm::StringLiteral FingerprintKey = "vouchFingerprint/v1";

/// `Path` relative to the current directory when it lies under it (after
/// resolving symbolic links if need be), else absolute; '/' separators.
std::string relativeToCurrentDirectory(llvm::StringRef Path);

/// Runs of white space become one space, the ends are trimmed, and source
/// positions written `line:column` (as in "at 25:21") become `?:?`.
std::string normaliseText(llvm::StringRef Text);

/// The finding's fingerprint: 16 lower-case hex digits (xxh3, 64 bits).
/// Uses the structure the checks logged (checks::loggedFinding), so the
/// finding log must be enabled before the run.
std::string fingerprint(const clang::tidy::ClangTidyError &E);

/// The findings in the order vouch reports them: by file and offset, equal
/// places keeping clang-tidy's order.
std::vector<const clang::tidy::ClangTidyError *>
sortedFindings(const std::vector<clang::tidy::ClangTidyError> &Errors);

} // namespace vouch::tool

#endif // VOUCH_TOOL_FINGERPRINT_H
