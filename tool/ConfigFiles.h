//===- ConfigFiles.h - Configuration that does not parse --------*- C++ -*-===//
//
// clang-tidy warns about a `.clang-tidy` it cannot parse, once per file it
// analyses, and goes on with the defaults: a CI gate would then pass with
// the wrong checks. vouch reads every configuration file the run would use
// before starting, and stops at the first one that does not parse, with
// one line that says where.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_CONFIGFILES_H
#define VOUCH_TOOL_CONFIGFILES_H

#include "llvm/Support/Error.h"

#include <string>

namespace vouch::tool {

/// Every `.clang-tidy` in the directories of Files and their parents must
/// parse.
llvm::Error checkConfigFiles(llvm::ArrayRef<std::string> Files);

/// Text (from Source) parsed as clang-tidy configuration; the first
/// problem as `Source:line:column: message` if it does not parse.
llvm::Error checkConfigText(llvm::StringRef Text, llvm::StringRef Source);

} // namespace vouch::tool

#endif // VOUCH_TOOL_CONFIGFILES_H
