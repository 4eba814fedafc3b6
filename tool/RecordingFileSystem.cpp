//===- RecordingFileSystem.cpp - Which files a unit read ------------------===//
#include "RecordingFileSystem.h"

#include "llvm/Support/Path.h"

namespace vouch::tool {

llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
RecordingFileSystem::openFileForRead(const llvm::Twine &Path) {
  auto File = ProxyFileSystem::openFileForRead(Path);
  if (File) {
    llvm::SmallString<256> Absolute;
    Path.toVector(Absolute);
    if (!getUnderlyingFS().makeAbsolute(Absolute)) {
      // `..` stays: after a symbolic link it does not mean the parent.
      llvm::sys::path::remove_dots(Absolute);
      Read.insert(std::string(Absolute));
    }
  }
  return File;
}

} // namespace vouch::tool
