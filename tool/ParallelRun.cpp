//===- ParallelRun.cpp - Translation units in parallel --------------------===//
#include "ParallelRun.h"

#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <mutex>
#include <set>

using namespace clang::tidy;

namespace vouch::tool {
namespace {

void addStats(ClangTidyStats &To, const ClangTidyStats &From) {
  To.ErrorsDisplayed += From.ErrorsDisplayed;
  To.ErrorsIgnoredCheckFilter += From.ErrorsIgnoredCheckFilter;
  To.ErrorsIgnoredNOLINT += From.ErrorsIgnoredNOLINT;
  To.ErrorsIgnoredNonUserCode += From.ErrorsIgnoredNonUserCode;
  To.ErrorsIgnoredLineFilter += From.ErrorsIgnoredLineFilter;
}

/// Findings of one header reached from several units appear once.
void dropDuplicates(std::vector<ClangTidyError> &Errors) {
  std::set<std::tuple<std::string, std::string, unsigned, std::string>> Seen;
  llvm::erase_if(Errors, [&](const ClangTidyError &E) {
    return !Seen.insert({E.DiagnosticName, E.Message.FilePath,
                         E.Message.FileOffset, E.Message.Message})
                .second;
  });
}

} // namespace

RunResult runFiles(const ContextFactory &MakeContext,
                   const clang::tooling::CompilationDatabase &Compilations,
                   llvm::ArrayRef<std::string> Files, unsigned Jobs,
                   bool ApplyAnyFix, bool Quiet) {
  std::vector<std::vector<ClangTidyError>> PerFile(Files.size());
  std::vector<ClangTidyStats> StatsPerFile(Files.size());
  std::mutex ProgressMutex;
  unsigned Done = 0;
  bool ShowProgress = Files.size() > 1 && llvm::errs().is_displayed();
  auto RunOne = [&](std::size_t I) {
    llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS(
        new llvm::vfs::OverlayFileSystem(llvm::vfs::getRealFileSystem()));
    std::unique_ptr<ClangTidyContext> Context = MakeContext(FS);
    PerFile[I] = runClangTidy(*Context, Compilations, {Files[I]}, FS,
                              ApplyAnyFix, false, "", Quiet);
    StatsPerFile[I] = Context->getStats();
    if (ShowProgress) {
      std::lock_guard<std::mutex> Lock(ProgressMutex);
      llvm::errs() << "[" << ++Done << "/" << Files.size() << "] " << Files[I]
                   << "\n";
    }
  };
  unsigned Threads = std::min<std::size_t>(
      Jobs ? Jobs : llvm::hardware_concurrency().compute_thread_count(),
      Files.size());
  if (Threads <= 1) {
    for (std::size_t I = 0; I < Files.size(); ++I)
      RunOne(I);
  } else {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Threads));
    for (std::size_t I = 0; I < Files.size(); ++I)
      Pool.async([&RunOne, I] { RunOne(I); });
    Pool.wait();
  }

  RunResult Result;
  for (std::size_t I = 0; I < Files.size(); ++I) {
    for (ClangTidyError &E : PerFile[I])
      Result.Errors.push_back(std::move(E));
    addStats(Result.Stats, StatsPerFile[I]);
  }
  if (Files.size() > 1) {
    dropDuplicates(Result.Errors);
    // By file; within a file, in the order the unit reported them.
    std::vector<std::size_t> Order(Result.Errors.size());
    for (std::size_t I = 0; I < Order.size(); ++I)
      Order[I] = I;
    const std::vector<ClangTidyError> &Es = Result.Errors;
    std::sort(Order.begin(), Order.end(), [&](std::size_t A, std::size_t B) {
      return std::tie(Es[A].Message.FilePath, A) <
             std::tie(Es[B].Message.FilePath, B);
    });
    std::vector<ClangTidyError> Sorted;
    for (std::size_t I : Order)
      Sorted.push_back(std::move(Result.Errors[I]));
    Result.Errors = std::move(Sorted);
  }
  return Result;
}

} // namespace vouch::tool
