//===- CacheEntry.h - One translation unit's result, stored -----*- C++ -*-===//
//
// What the result cache keeps of a translation unit: everything the tool
// would otherwise get by analysing it again: the diagnostics clang-tidy
// collected for the unit (after NOLINT and the header and line filters),
// the structured findings behind them for JSON and SARIF, the unit's
// counters for the summary, and the header functions it verified for the
// whole run or left to another unit.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_CACHEENTRY_H
#define VOUCH_TOOL_CACHEENTRY_H

#include "../checks/RunSummary.h"

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/JSON.h"

#include <optional>
#include <string>
#include <vector>

namespace vouch::tool {

struct UnitResult {
  std::vector<clang::tidy::ClangTidyError> Errors;
  /// Parallel to Errors: the structured finding logged for each, if any,
  /// as the finding log's compact JSON text.
  std::vector<std::optional<std::string>> Findings;
  clang::tidy::ClangTidyStats Stats;
  checks::UnitActivity Activity;
};

llvm::json::Value toJSON(const UnitResult &R);
/// Fails on anything but what toJSON writes: an entry is either read whole
/// or not trusted at all.
llvm::Expected<UnitResult> unitResultFromJSON(const llvm::json::Value &V);

} // namespace vouch::tool

#endif // VOUCH_TOOL_CACHEENTRY_H
