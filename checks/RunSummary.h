//===- RunSummary.h - What a run verified, in numbers -----------*- C++ -*-===//
//
// Counts gathered by the verification checks: functions, clauses, verdicts
// per check, and where the time went. They are gathered per translation
// unit, into the UnitActivity the tool installs on the thread that analyses
// the unit, so that the tool can add them up for the summary and store each
// unit's share in the result cache. Without an installed UnitActivity (the
// plugin) nothing is recorded.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_RUNSUMMARY_H
#define VOUCH_CHECKS_RUNSUMMARY_H

#include "verify/FunctionVerifier.h"

#include <map>
#include <string>
#include <vector>

namespace vouch::checks {

struct VerdictCounts {
  unsigned Proved = 0, Violated = 0, Unknown = 0;
};

struct RunTotals {
  unsigned Functions = 0;
  unsigned Clauses = 0;
  unsigned InformalClauses = 0;
  /// Like the times, of this run's own work (a cached unit's not counted):
  /// the functions verified, and those the obligation scan found nothing
  /// to verify in.
  unsigned FunctionsAnalysed = 0;
  unsigned ScannedFree = 0;
  double VerifySeconds = 0;
  double SolverSeconds = 0;
  double ExtractionSeconds = 0;
  /// Wall-clock time of the units analysed, parse to last check.
  double UnitSeconds = 0;
  std::vector<double> QuerySeconds;
  /// verify::FunctionReport::ObligationSeconds of every function.
  std::vector<double> ObligationSeconds;
  std::map<std::string, VerdictCounts> PerCheck;

  /// Adds Other's counts, and its times when WithTimes (a cached unit's
  /// times were spent by an earlier run).
  void add(const RunTotals &Other, bool WithTimes);
};

/// What one translation unit did.
struct UnitActivity {
  RunTotals Totals;
  /// Functions of headers this unit verified for the whole run, and those
  /// it left to the unit that claimed them first (see VerificationStore).
  std::vector<std::string> ClaimsMade, ClaimsSkipped;
  /// A solver query stopped at the wall-clock safety net: the verdicts may
  /// depend on the machine's load, so the unit's results are not cached.
  bool HitWallClock = false;
};

/// Installs Activity as the current thread's recorder while alive.
class RecordUnitActivity {
public:
  explicit RecordUnitActivity(UnitActivity &Activity);
  ~RecordUnitActivity();
  RecordUnitActivity(const RecordUnitActivity &) = delete;
  RecordUnitActivity &operator=(const RecordUnitActivity &) = delete;

private:
  UnitActivity *Previous;
};

/// The current thread's recorder, or null.
UnitActivity *currentUnitActivity();

/// A function's report, once, when it is computed.
void recordFunction(const verify::FunctionReport &Report);
/// A verdict a check owns, whether or not it is shown.
void recordVerdict(llvm::StringRef Check, verify::Verdict V);

} // namespace vouch::checks

#endif // VOUCH_CHECKS_RUNSUMMARY_H
