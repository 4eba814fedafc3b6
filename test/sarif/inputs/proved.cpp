// Proved verdicts, reported as remarks (SARIF level "note") with
// ReportProved.
/// \pre x >= 0 && x < 1000
/// \post result > x
int next(int x) { return x + 1; }
