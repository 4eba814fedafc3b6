//===- Locations.cpp - Source locations as spec IR locations --------------===//
#include "extract/Locations.h"

#include "llvm/Support/Path.h"

using namespace clang;

namespace vouch::extract {

ir::Location locationOf(const SourceManager &SM, SourceLocation Loc) {
  SourceLocation Expanded = SM.getExpansionLoc(Loc);
  PresumedLoc P = SM.getPresumedLoc(Expanded);
  if (P.isInvalid())
    return {};
  std::string File = P.getFilename();
  if (!llvm::sys::path::is_absolute(File))
    if (OptionalFileEntryRef Entry =
            SM.getFileEntryRefForID(SM.getFileID(Expanded))) {
      llvm::StringRef Real = Entry->getFileEntry().tryGetRealPathName();
      if (!Real.empty() &&
          llvm::sys::path::filename(Real) == llvm::sys::path::filename(File))
        File = Real.str();
    }
  return {File, P.getLine(), P.getColumn()};
}

} // namespace vouch::extract
