//===- ChangedLines.h - Only what a change touched --------------*- C++ -*-===//
//
// `vouch --diff`: a change is judged by the functions it touches, not by
// the whole code base. The tool installs the changed lines of each file
// before the run; the checks then verify, and report on, only functions
// and classes whose extent overlaps them. A declaration's extent runs from
// the line after the token before it (so that the contract comment written
// above it belongs to it) to its end, body included; every redeclaration
// counts, so that a contract changed in a header touches the function
// defined elsewhere.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_CHANGEDLINES_H
#define VOUCH_CHECKS_CHANGEDLINES_H

#include "clang/AST/Decl.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace vouch::checks {

/// First and last line, 1-based, inclusive.
using LineRanges = std::vector<std::pair<unsigned, unsigned>>;

/// From now on, only declarations touching these lines count. Keys are
/// real paths (symbolic links resolved).
void restrictToChangedLines(std::map<std::string, LineRanges> ByFile);

/// Whether D, or a redeclaration of it, touches a changed line; always
/// true when no restriction is installed.
bool isTouchedByChange(const clang::Decl *D);

} // namespace vouch::checks

#endif // VOUCH_CHECKS_CHANGEDLINES_H
