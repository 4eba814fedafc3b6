//===- ResultCache.h - Translation units not analysed twice -----*- C++ -*-===//
//
// A re-run over unchanged inputs reads each translation unit's result from
// disk instead of parsing and verifying it again. As in ccache's direct
// mode, an entry is found by what is known before parsing (vouch itself,
// the effective configuration, the compile command and the main file) and
// is used only if every file the unit read on the first run still has the
// content it had then. Entries are written to a temporary file and renamed,
// so concurrent runs never see half an entry; a damaged entry is ignored
// and replaced; the least recently used entries go when the cache outgrows
// its size limit.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_RESULTCACHE_H
#define VOUCH_TOOL_RESULTCACHE_H

#include "CacheEntry.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"

#include <atomic>
#include <optional>
#include <set>
#include <string>

namespace vouch::tool {

/// What decides a unit's result before it is parsed.
struct UnitIdentity {
  std::string File;
  /// The effective clang-tidy configuration for File, as text.
  std::string Configuration;
  std::vector<clang::tooling::CompileCommand> Commands;
  /// Anything else of the command line that changes the result.
  std::string Extra;
};

class ResultCache {
public:
  /// The cache the command line asks for: --cache-dir, else
  /// $VOUCH_CACHE_DIR, else `.cache/vouch` in BuildDirectory when there is
  /// one, else `vouch` in $XDG_CACHE_HOME (or ~/.cache). None with
  /// --no-cache.
  static llvm::Expected<std::optional<ResultCache>>
  fromCommandLine(llvm::StringRef BuildDirectory);

  /// The entry's name for Unit.
  std::string keyOf(const UnitIdentity &Unit) const;
  /// The stored result, if its entry is whole and every file it depends on
  /// is unchanged. A damaged entry is removed.
  std::optional<UnitResult> lookup(llvm::StringRef Key);
  /// Stores Result unless a file it depends on was modified after
  /// StartedAt, when the unit's analysis began: the result may then not
  /// match the content the entry would record.
  void store(llvm::StringRef Key, const std::set<std::string> &FilesRead,
             const UnitResult &Result, llvm::sys::TimePoint<> StartedAt);
  /// Removes the least recently used entries while the cache is larger
  /// than its limit.
  void trim();

  llvm::StringRef directory() const { return Dir; }
  /// Entries found damaged (and removed).
  unsigned damaged() const { return Damaged; }

  ResultCache(ResultCache &&Other);

private:
  ResultCache(std::string Dir, std::uint64_t MaxBytes);

  std::string entryPath(llvm::StringRef Key) const;

  std::string Dir;
  std::uint64_t MaxBytes;
  /// Identifies this build of vouch: a rebuilt binary may decide otherwise.
  std::string ToolStamp;
  std::atomic<unsigned> Damaged{0};
};

} // namespace vouch::tool

#endif // VOUCH_TOOL_RESULTCACHE_H
