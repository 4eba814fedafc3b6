//===- Locations.h - Source locations as spec IR locations -----*- C++ -*-===//
#ifndef VOUCH_EXTRACT_LOCATIONS_H
#define VOUCH_EXTRACT_LOCATIONS_H

#include "ir/Spec.h"

#include "clang/Basic/SourceManager.h"

namespace vouch::extract {

/// File, line and column as a reader sees them (macro uses at their
/// expansion, #line honoured). The file is an absolute path, so that specs
/// from different translation units and directories compare.
ir::Location locationOf(const clang::SourceManager &SM,
                        clang::SourceLocation Loc);

} // namespace vouch::extract

#endif // VOUCH_EXTRACT_LOCATIONS_H
