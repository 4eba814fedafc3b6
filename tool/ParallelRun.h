//===- ParallelRun.h - Translation units in parallel ------------*- C++ -*-===//
//
// `-j N`: each translation unit runs through clang-tidy's own machinery on
// one of N threads, with a context and a file system of its own (tooling
// changes the working directory of the file system it is given). Units the
// result cache holds are not run at all. The diagnostics of all units are
// merged, duplicates from shared headers dropped, and ordered by file so
// that the output does not depend on N or on the cache.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_PARALLELRUN_H
#define VOUCH_TOOL_PARALLELRUN_H

#include "../checks/RunSummary.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"

#include <functional>
#include <memory>

namespace vouch::tool {

class ResultCache;

struct RunResult {
  std::vector<clang::tidy::ClangTidyError> Errors;
  clang::tidy::ClangTidyStats Stats;
  /// What was verified; times only for the units analysed by this run.
  checks::RunTotals Totals;
  /// Units read from the cache, and units analysed with a cache on.
  unsigned CacheHits = 0, CacheMisses = 0;
};

using ContextFactory =
    std::function<std::unique_ptr<clang::tidy::ClangTidyContext>(
        llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem>)>;

struct RunSettings {
  /// 0: one thread per core.
  unsigned Jobs = 0;
  bool ApplyAnyFix = false;
  bool Quiet = false;
  /// Null: analyse every unit.
  ResultCache *Cache = nullptr;
  /// Whatever else of the command line changes a unit's result, for the
  /// cache's key.
  std::string CacheKeyExtra;
};

/// Runs every file of Files. Progress (`[3/40] src/a.cpp`) goes to stderr
/// when it is a terminal.
RunResult runFiles(const ContextFactory &MakeContext,
                   const clang::tooling::CompilationDatabase &Compilations,
                   llvm::ArrayRef<std::string> Files,
                   const RunSettings &Settings);

} // namespace vouch::tool

#endif // VOUCH_TOOL_PARALLELRUN_H
