//===- SarifOutput.h - `--format=sarif`: SARIF 2.1.0 ------------*- C++ -*-===//
//
// The diagnostics that survived NOLINT, the filters and the baseline as one
// SARIF 2.1.0 run, in the shape GitHub code scanning ingests: a rule per
// check that produced a result (with a help URI to its documentation),
// results with locations, notes as related locations, counterexample paths
// as code flows, partialFingerprints, and the verdict and counterexample
// inputs as properties. Described in docs/integrations.md.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_SARIFOUTPUT_H
#define VOUCH_TOOL_SARIFOUTPUT_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace vouch::tool {

/// Where the help URIs of vouch's checks point: `<HelpBase>docs/checks/
/// <check>.md`. The default, used without --sarif-help-base.
inline constexpr llvm::StringLiteral DefaultSarifHelpBase =
    "https://github.com/vouch-dev/vouch/blob/main/";

/// The value of --sarif-help-base (DefaultSarifHelpBase if not given).
std::string sarifHelpBase();

/// Writes the SARIF log. Needs the finding log (checks::enableFindingLog)
/// to have been on during the run.
void printSarifFindings(const std::vector<clang::tidy::ClangTidyError> &Errors,
                        llvm::StringRef HelpBase, llvm::raw_ostream &OS);

} // namespace vouch::tool

#endif // VOUCH_TOOL_SARIFOUTPUT_H
