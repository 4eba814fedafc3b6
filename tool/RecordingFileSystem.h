//===- RecordingFileSystem.h - Which files a unit read ----------*- C++ -*-===//
//
// The result cache must know every file a translation unit's result
// depends on, as ccache's direct mode does: the unit's sources, its headers
// and anything else the compiler opened. This file system passes every
// request through and remembers, by absolute path, each file opened for
// reading.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_TOOL_RECORDINGFILESYSTEM_H
#define VOUCH_TOOL_RECORDINGFILESYSTEM_H

#include "llvm/Support/VirtualFileSystem.h"

#include <set>
#include <string>

namespace vouch::tool {

class RecordingFileSystem : public llvm::vfs::ProxyFileSystem {
public:
  explicit RecordingFileSystem(
      llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS)
      : ProxyFileSystem(std::move(FS)) {}

  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override;

  /// Absolute paths, without `.` and `..`, in order.
  const std::set<std::string> &filesRead() const { return Read; }

private:
  std::set<std::string> Read;
};

} // namespace vouch::tool

#endif // VOUCH_TOOL_RECORDINGFILESYSTEM_H
