//===- SourceExpansion.h - Directories and globs as inputs ------*- C++ -*-===//
//
// `vouch src/` and `vouch 'src/**/*.cpp'` name many translation units at
// once, as a whole-project run needs: a directory stands for the source
// files under it that the compilation database lists (or, without one,
// every C and C++ source file found there), and a glob for the files it
// matches (`*`, `?` and `[...]` within one path component, `**` for any
// number of components), so that quoting a glob works in any shell.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_SOURCEEXPANSION_H
#define VOUCH_TOOL_SOURCEEXPANSION_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace vouch::tool {

/// The files Args name, in order, each once. Errors, one line each: a file
/// that does not exist, a glob that matches nothing, a directory without
/// sources, a database entry under a named directory whose file is gone.
llvm::Expected<std::vector<std::string>>
expandSources(llvm::ArrayRef<std::string> Args,
              const clang::tooling::CompilationDatabase *Database);

/// Whether Pattern (`/`-separated) matches Path, `**` spanning components.
bool globMatches(llvm::StringRef Pattern, llvm::StringRef Path);

} // namespace vouch::tool

#endif // VOUCH_TOOL_SOURCEEXPANSION_H
