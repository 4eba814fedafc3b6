//===- RunSummary.h - What a run verified, in numbers -----------*- C++ -*-===//
//
// Counts gathered by the verification checks over a whole run: functions,
// clauses, verdicts per check, and where the time went. The `vouch` tool
// prints them at the end (the summary, and more with --stats); the plugin
// never turns them on.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_RUNSUMMARY_H
#define VOUCH_CHECKS_RUNSUMMARY_H

#include "verify/FunctionVerifier.h"

#include <map>
#include <string>

namespace vouch::checks {

struct VerdictCounts {
  unsigned Proved = 0, Violated = 0, Unknown = 0;
};

struct RunTotals {
  unsigned Functions = 0;
  unsigned Clauses = 0;
  double VerifySeconds = 0;
  double SolverSeconds = 0;
  std::vector<double> QuerySeconds;
  std::map<std::string, VerdictCounts> PerCheck;
};

void enableRunSummary();
/// A function's report, once, when it is computed.
void recordFunction(const verify::FunctionReport &Report);
/// A verdict a check owns, whether or not it is shown.
void recordVerdict(llvm::StringRef Check, verify::Verdict V);
RunTotals runTotals();

} // namespace vouch::checks

#endif // VOUCH_CHECKS_RUNSUMMARY_H
