//===- FindingLog.h - Verdicts in machine-readable form ---------*- C++ -*-===//
//
// clang-tidy's diagnostics carry text only. When the `vouch` tool writes
// JSON, the verification checks also log each finding's structure here
// (verdict, clause, counterexample values, path, replay data), keyed the
// way clang-tidy identifies the diagnostic, so that the tool can attach it
// to the diagnostics that survive NOLINT and the filters.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_FINDINGLOG_H
#define VOUCH_CHECKS_FINDINGLOG_H

#include "verify/Obligation.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/Support/JSON.h"

#include <optional>
#include <string>
#include <tuple>

namespace vouch::checks {

/// check name, file path, file offset, message: clang-tidy's identity.
using FindingKey = std::tuple<std::string, std::string, unsigned, std::string>;

/// The key of a diagnostic clang-tidy collected.
FindingKey findingKeyOf(const clang::tooling::Diagnostic &D);

/// Off until the tool turns it on; the plugin never does.
void enableFindingLog();
bool findingLogEnabled();

void logFinding(llvm::StringRef CheckName, const verify::Finding &F,
                const clang::FunctionDecl *FD, const clang::SourceManager &SM);

/// The structure logged for a diagnostic, if any. The log keeps findings
/// as compact JSON text: a json::Object costs kilobytes of hash table even
/// when small, and a unit can have thousands of findings.
std::optional<llvm::json::Object> loggedFinding(const FindingKey &Key);

/// The same, as the compact JSON text the log keeps (for the cache).
std::optional<std::string> loggedFindingText(const FindingKey &Key);

/// Logs a finding read back from the result cache, as loggedFindingText
/// gave it.
void restoreFinding(const FindingKey &Key, std::string FindingText);

} // namespace vouch::checks

#endif // VOUCH_CHECKS_FINDINGLOG_H
