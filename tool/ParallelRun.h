//===- ParallelRun.h - Translation units in parallel ------------*- C++ -*-===//
//
// `-j N`: each translation unit runs through clang-tidy's own machinery on
// one of N threads, with a context and a file system of its own (tooling
// changes the working directory of the file system it is given). The
// diagnostics of all units are merged, duplicates from shared headers
// dropped, and ordered by file so that the output does not depend on N.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_PARALLELRUN_H
#define VOUCH_TOOL_PARALLELRUN_H

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"

#include <functional>
#include <memory>

namespace vouch::tool {

struct RunResult {
  std::vector<clang::tidy::ClangTidyError> Errors;
  clang::tidy::ClangTidyStats Stats;
};

using ContextFactory =
    std::function<std::unique_ptr<clang::tidy::ClangTidyContext>(
        llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem>)>;

/// Runs every file of Files; Jobs == 0 means one thread per core. Progress
/// (`[3/40] src/a.cpp`) goes to stderr when it is a terminal.
RunResult runFiles(const ContextFactory &MakeContext,
                   const clang::tooling::CompilationDatabase &Compilations,
                   llvm::ArrayRef<std::string> Files, unsigned Jobs,
                   bool ApplyAnyFix, bool Quiet);

} // namespace vouch::tool

#endif // VOUCH_TOOL_PARALLELRUN_H
