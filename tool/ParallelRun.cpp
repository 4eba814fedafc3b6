//===- ParallelRun.cpp - Translation units in parallel --------------------===//
#include "ParallelRun.h"

#include "RecordingFileSystem.h"
#include "ResultCache.h"

#include "../checks/FindingLog.h"
#include "../checks/VerificationStore.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
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

/// By file; within a file, in the order the unit reported them.
void sortByFile(std::vector<ClangTidyError> &Errors) {
  // Not std::stable_sort: libstdc++'s uses a deprecated buffer.
  std::vector<std::size_t> Order(Errors.size());
  for (std::size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  std::sort(Order.begin(), Order.end(), [&](std::size_t A, std::size_t B) {
    return std::tie(Errors[A].Message.FilePath, A) <
           std::tie(Errors[B].Message.FilePath, B);
  });
  std::vector<ClangTidyError> Sorted;
  Sorted.reserve(Errors.size());
  for (std::size_t I : Order)
    Sorted.push_back(std::move(Errors[I]));
  Errors = std::move(Sorted);
}

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  return std::string(Abs);
}

bool hasCompileErrors(const std::vector<ClangTidyError> &Errors) {
  return llvm::any_of(Errors, [](const ClangTidyError &E) {
    return E.DiagLevel == ClangTidyError::Error;
  });
}

/// Cached units must share a run's header functions as analysed units do:
/// each verified by exactly one unit. A cached unit that left a header's
/// functions to a unit not taken from the cache runs again (nobody else
/// would report them), and so does one that verified functions an earlier
/// cached unit also verified (in runs over different sets of files), so
/// that they are not counted twice.
void dropHitsThatDoNotFit(std::vector<std::optional<UnitResult>> &Hits) {
  for (bool Changed = true; Changed;) {
    Changed = false;
    std::set<llvm::StringRef> Made;
    for (std::optional<UnitResult> &Hit : Hits) {
      if (!Hit)
        continue;
      const std::vector<std::string> &Mine = Hit->Activity.ClaimsMade;
      if (llvm::any_of(Mine,
                       [&](llvm::StringRef K) { return Made.count(K); })) {
        Hit.reset();
        Changed = true;
        continue;
      }
      Made.insert(Mine.begin(), Mine.end());
    }
    for (std::optional<UnitResult> &Hit : Hits)
      if (Hit &&
          !llvm::all_of(Hit->Activity.ClaimsSkipped,
                        [&](llvm::StringRef K) { return Made.count(K); })) {
        Hit.reset();
        Changed = true;
      }
  }
}

} // namespace

RunResult runFiles(const ContextFactory &MakeContext,
                   const clang::tooling::CompilationDatabase &Compilations,
                   llvm::ArrayRef<std::string> Files,
                   const RunSettings &Settings) {
  std::vector<std::optional<UnitResult>> Units(Files.size());
  std::vector<std::string> Keys(Files.size());
  if (ResultCache *Cache = Settings.Cache) {
    for (std::size_t I = 0; I < Files.size(); ++I) {
      llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS(
          new llvm::vfs::OverlayFileSystem(llvm::vfs::getRealFileSystem()));
      std::string File = absolutePath(Files[I]);
      UnitIdentity Unit{
          File, configurationAsText(MakeContext(FS)->getOptionsForFile(File)),
          Compilations.getCompileCommands(File), Settings.CacheKeyExtra};
      Keys[I] = Cache->keyOf(Unit);
      Units[I] = Cache->lookup(Keys[I]);
    }
    dropHitsThatDoNotFit(Units);
    for (const std::optional<UnitResult> &Hit : Units)
      if (Hit)
        checks::claimVerifiedElsewhere(Hit->Activity.ClaimsMade);
  }
  std::vector<bool> FromCache(Files.size());
  for (std::size_t I = 0; I < Files.size(); ++I)
    FromCache[I] = Units[I].has_value();

  std::mutex ProgressMutex;
  unsigned Done = 0;
  bool ShowProgress = Files.size() > 1 && llvm::errs().is_displayed();
  auto RunOne = [&](std::size_t I) {
    llvm::IntrusiveRefCntPtr<RecordingFileSystem> Recording(
        new RecordingFileSystem(llvm::vfs::createPhysicalFileSystem()));
    llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS(
        new llvm::vfs::OverlayFileSystem(Recording));
    std::unique_ptr<ClangTidyContext> Context = MakeContext(FS);
    UnitResult Unit;
    auto StartedAt = std::chrono::system_clock::now();
    {
      checks::RecordUnitActivity Recorder(Unit.Activity);
      Unit.Errors =
          runClangTidy(*Context, Compilations, {Files[I]}, FS,
                       Settings.ApplyAnyFix, false, "", Settings.Quiet);
    }
    Unit.Stats = Context->getStats();
    Unit.Activity.Totals.UnitSeconds =
        std::chrono::duration<double>(std::chrono::system_clock::now() -
                                      StartedAt)
            .count();
    if (Settings.Cache && !hasCompileErrors(Unit.Errors) &&
        !Unit.Activity.HitWallClock) {
      for (const ClangTidyError &E : Unit.Errors) {
        Unit.Findings.push_back(
            checks::loggedFindingText(checks::findingKeyOf(E)));
      }
      Settings.Cache->store(Keys[I], Recording->filesRead(), Unit, StartedAt);
    }
    Units[I] = std::move(Unit);
    if (ShowProgress) {
      std::lock_guard<std::mutex> Lock(ProgressMutex);
      llvm::errs() << "[" << ++Done << "/" << Files.size() << "] " << Files[I]
                   << "\n";
    }
  };
  std::vector<std::size_t> ToRun;
  for (std::size_t I = 0; I < Files.size(); ++I)
    if (!FromCache[I])
      ToRun.push_back(I);
  unsigned Threads = std::min<std::size_t>(
      Settings.Jobs ? Settings.Jobs
                    : llvm::hardware_concurrency().compute_thread_count(),
      ToRun.size());
  if (Threads <= 1) {
    for (std::size_t I : ToRun)
      RunOne(I);
  } else {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Threads));
    for (std::size_t I : ToRun)
      Pool.async([&RunOne, I] { RunOne(I); });
    Pool.wait();
  }

  RunResult Result;
  if (Settings.Cache) {
    Result.CacheHits = llvm::count(FromCache, true);
    Result.CacheMisses = Files.size() - Result.CacheHits;
  }
  for (std::size_t I = 0; I < Files.size(); ++I) {
    UnitResult &Unit = *Units[I];
    for (std::size_t E = 0; E < Unit.Errors.size(); ++E) {
      if (FromCache[I] && Unit.Findings[E])
        checks::restoreFinding(checks::findingKeyOf(Unit.Errors[E]),
                               std::move(*Unit.Findings[E]));
      Result.Errors.push_back(std::move(Unit.Errors[E]));
    }
    addStats(Result.Stats, Unit.Stats);
    Result.Totals.add(Unit.Activity.Totals, /*WithTimes=*/!FromCache[I]);
  }
  if (Files.size() > 1) {
    dropDuplicates(Result.Errors);
    sortByFile(Result.Errors);
  }
  return Result;
}

} // namespace vouch::tool
