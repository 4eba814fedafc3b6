//===- ConfigFiles.cpp - Configuration that does not parse ----------------===//
#include "ConfigFiles.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

namespace path = llvm::sys::path;

namespace vouch::tool {

llvm::Error checkConfigText(llvm::StringRef Text, llvm::StringRef Source) {
  std::string First;
  auto Parsed = clang::tidy::parseConfigurationWithDiags(
      llvm::MemoryBufferRef(Text, Source), [&](const llvm::SMDiagnostic &D) {
        if (First.empty() && D.getKind() == llvm::SourceMgr::DK_Error)
          First = (Source + ":" + llvm::Twine(D.getLineNo()) + ":" +
                   llvm::Twine(D.getColumnNo() + 1) + ": " + D.getMessage())
                      .str();
      });
  if (Parsed)
    return llvm::Error::success();
  if (First.empty())
    First = (Source + ": " + Parsed.getError().message()).str();
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "invalid configuration: " + First);
}

llvm::Error checkConfigFiles(llvm::ArrayRef<std::string> Files) {
  llvm::StringSet<> Seen;
  for (const std::string &File : Files) {
    llvm::SmallString<256> Dir(File);
    llvm::sys::fs::make_absolute(Dir);
    path::remove_dots(Dir, /*remove_dot_dot=*/true);
    for (path::remove_filename(Dir); !Dir.empty();
         Dir = path::parent_path(Dir)) {
      if (!Seen.insert(Dir).second)
        break; // this directory and its parents are checked already
      llvm::SmallString<256> Config(Dir);
      path::append(Config, ".clang-tidy");
      if (llvm::sys::fs::is_regular_file(Config)) {
        auto Text = llvm::MemoryBuffer::getFile(Config);
        if (!Text)
          return llvm::createStringError(Text.getError(),
                                         "cannot read '" + Config +
                                             "': " + Text.getError().message());
        if (llvm::Error E = checkConfigText((*Text)->getBuffer(), Config))
          return E;
      }
      if (path::parent_path(Dir) == Dir)
        break;
    }
  }
  return llvm::Error::success();
}

} // namespace vouch::tool
