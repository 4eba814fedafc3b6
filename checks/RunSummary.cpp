//===- RunSummary.cpp - What a run verified, in numbers -------------------===//
#include "RunSummary.h"

#include <atomic>
#include <mutex>

namespace vouch::checks {
namespace {

std::atomic<bool> Enabled{false};
std::mutex TotalsMutex;
RunTotals &totals() {
  static RunTotals Totals;
  return Totals;
}

} // namespace

void enableRunSummary() { Enabled = true; }

void recordFunction(const verify::FunctionReport &Report) {
  if (!Enabled)
    return;
  std::lock_guard<std::mutex> Lock(TotalsMutex);
  RunTotals &T = totals();
  ++T.Functions;
  T.Clauses += Report.Clauses;
  T.VerifySeconds += Report.Seconds;
  T.SolverSeconds += Report.SolverSeconds;
  T.QuerySeconds.insert(T.QuerySeconds.end(), Report.QuerySeconds.begin(),
                        Report.QuerySeconds.end());
}

void recordVerdict(llvm::StringRef Check, verify::Verdict V) {
  if (!Enabled)
    return;
  std::lock_guard<std::mutex> Lock(TotalsMutex);
  VerdictCounts &C = totals().PerCheck[Check.str()];
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

RunTotals runTotals() {
  std::lock_guard<std::mutex> Lock(TotalsMutex);
  return totals();
}

} // namespace vouch::checks
