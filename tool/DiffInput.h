//===- DiffInput.h - `--diff`: the lines a change touched -------*- C++ -*-===//
//
// `--diff=REV` asks git for the changes since REV (`git diff -U0 REV`, the
// working tree against REV); `--diff=-` reads a unified diff on standard
// input, as clang-tidy-diff does. vouch then reports only on functions the
// change touches. Without input files, the changed C and C++ files are
// the inputs.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_DIFFINPUT_H
#define VOUCH_TOOL_DIFFINPUT_H

#include "../checks/ChangedLines.h"

#include "llvm/Support/Error.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vouch::tool {

struct Change {
  /// Changed lines (new side) per file, keyed by real path.
  std::map<std::string, checks::LineRanges> Lines;
  /// The changed C and C++ files that still exist, as the diff names them
  /// (relative to the current directory), in diff order.
  std::vector<std::string> Files;
};

/// Lines of Diff (unified format, any context) on the new side, per file
/// path as the diff spells it after stripping StripComponents leading
/// components (1 for `a/` and `b/` prefixes). A pure deletion touches the
/// lines on both sides of it.
std::map<std::string, checks::LineRanges>
parseUnifiedDiff(llvm::StringRef Diff, unsigned StripComponents);

/// What --diff asks for; none without it.
llvm::Expected<std::optional<Change>> changeFromCommandLine();

/// The --diff ranges as text, for the result cache's key.
std::string describeChange(const Change &C);

} // namespace vouch::tool

#endif // VOUCH_TOOL_DIFFINPUT_H
