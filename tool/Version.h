//===- Version.h - vouch's own version --------------------------*- C++ -*-===//
//
// One place for the version that --version prints, SARIF reports and the
// result cache keys its entries on; the build sets it from the CMake
// project's version.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_VERSION_H
#define VOUCH_TOOL_VERSION_H

#include "llvm/ADT/StringRef.h"

#ifndef VOUCH_VERSION
#error "VOUCH_VERSION is set by tool/CMakeLists.txt"
#endif

namespace vouch::tool {
inline constexpr llvm::StringLiteral VouchVersion = VOUCH_VERSION;
} // namespace vouch::tool

#endif // VOUCH_TOOL_VERSION_H
