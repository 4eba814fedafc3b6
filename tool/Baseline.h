//===- Baseline.h - `--baseline` and `--write-baseline` ---------*- C++ -*-===//
//
// A baseline is the set of findings a project has accepted, recorded by
// their fingerprints (Fingerprint.h) in a JSON file. `--write-baseline=FILE`
// records the findings of a run; `--baseline=FILE` drops from the output,
// the exit status and every format the findings it records, so that a CI
// gate fails only on new ones. Described in docs/integrations.md.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_BASELINE_H
#define VOUCH_TOOL_BASELINE_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <string>
#include <vector>

namespace vouch::tool {

inline constexpr int BaselineSchemaVersion = 1;

/// How many findings with each fingerprint a baseline accepts.
using AcceptedFindings = std::map<std::string, unsigned>;

/// Reads a baseline file; the error is one line, for "vouch: error: ".
llvm::Expected<AcceptedFindings> readBaseline(llvm::StringRef Path);

/// Writes the findings a baseline may record (not compile errors, not
/// remarks) to `Path`, through a temporary file in the same directory
/// renamed at the end: no partial file is ever left.
llvm::Error
writeBaseline(llvm::StringRef Path,
              const std::vector<clang::tidy::ClangTidyError> &Errors);

/// Removes from `Errors` the findings `Accepted` records (as many of each
/// fingerprint as it records, the first ones in file order); returns how
/// many were removed.
unsigned applyBaseline(const AcceptedFindings &Accepted,
                       std::vector<clang::tidy::ClangTidyError> &Errors);

/// --baseline and --write-baseline as the check command uses them.
class BaselineOptions {
public:
  /// Reads the options and the baseline; a usage error (both options, an
  /// unreadable or malformed baseline) is one line for "vouch: error: ".
  static llvm::Expected<BaselineOptions> fromCommandLine();

  /// Either option is given: fingerprints, so the finding log, are needed.
  bool enabled() const { return Reading || !WritePath.empty(); }

  /// Writes the baseline (--write-baseline) or drops what it accepts
  /// (--baseline). The error is one line for "vouch: error: ".
  llvm::Error apply(std::vector<clang::tidy::ClangTidyError> &Errors);

  /// One line on what was suppressed or written, if anything was asked.
  void printSummary(llvm::raw_ostream &OS) const;

private:
  bool Reading = false;
  AcceptedFindings Accepted;
  std::string WritePath;
  unsigned Suppressed = 0;
  unsigned Written = 0;
};

} // namespace vouch::tool

#endif // VOUCH_TOOL_BASELINE_H
