//===- RunSummary.cpp - What a run verified, in numbers -------------------===//
#include "RunSummary.h"

namespace vouch::checks {
namespace {

thread_local UnitActivity *Current = nullptr;

void append(std::vector<double> &To, const std::vector<double> &From) {
  To.insert(To.end(), From.begin(), From.end());
}

} // namespace

void RunTotals::add(const RunTotals &Other, bool WithTimes) {
  Functions += Other.Functions;
  Clauses += Other.Clauses;
  InformalClauses += Other.InformalClauses;
  for (const auto &[Check, C] : Other.PerCheck) {
    VerdictCounts &Mine = PerCheck[Check];
    Mine.Proved += C.Proved;
    Mine.Violated += C.Violated;
    Mine.Unknown += C.Unknown;
  }
  if (!WithTimes)
    return;
  FunctionsAnalysed += Other.FunctionsAnalysed;
  ScannedFree += Other.ScannedFree;
  VerifySeconds += Other.VerifySeconds;
  SolverSeconds += Other.SolverSeconds;
  ExtractionSeconds += Other.ExtractionSeconds;
  UnitSeconds += Other.UnitSeconds;
  append(QuerySeconds, Other.QuerySeconds);
  append(ObligationSeconds, Other.ObligationSeconds);
}

RecordUnitActivity::RecordUnitActivity(UnitActivity &Activity)
    : Previous(Current) {
  Current = &Activity;
}

RecordUnitActivity::~RecordUnitActivity() { Current = Previous; }

UnitActivity *currentUnitActivity() { return Current; }

void recordFunction(const verify::FunctionReport &Report) {
  if (!Current)
    return;
  RunTotals &T = Current->Totals;
  ++T.Functions;
  T.Clauses += Report.Clauses;
  T.InformalClauses += Report.InformalClauses;
  ++T.FunctionsAnalysed;
  T.ScannedFree += Report.SkippedByScan;
  T.VerifySeconds += Report.Seconds;
  T.SolverSeconds += Report.SolverSeconds;
  T.ExtractionSeconds += Report.ExtractionSeconds;
  append(T.QuerySeconds, Report.QuerySeconds);
  append(T.ObligationSeconds, Report.ObligationSeconds);
  Current->HitWallClock |= Report.HitWallClock;
}

void recordVerdict(llvm::StringRef Check, verify::Verdict V) {
  if (!Current)
    return;
  VerdictCounts &C = Current->Totals.PerCheck[Check.str()];
  switch (V) {
  case verify::Verdict::Proved:
    ++C.Proved;
    break;
  case verify::Verdict::Violated:
    ++C.Violated;
    break;
  case verify::Verdict::Unknown:
    ++C.Unknown;
    break;
  }
}

} // namespace vouch::checks
