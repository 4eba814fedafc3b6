//===- HeaderFilter.cpp - Whether findings can be shown ------------------===//
#include "HeaderFilter.h"

using namespace clang;

namespace vouch::checks {

llvm::Regex *
HeaderFilter::Cached::get(const std::optional<std::string> &Wanted) {
  if (!Regex || Text != Wanted) {
    Text = Wanted;
    Regex = std::make_unique<llvm::Regex>(Wanted.value_or(""));
  }
  return Regex.get();
}

bool HeaderFilter::shows(tidy::ClangTidyContext &Context,
                         const SourceManager &SM, SourceLocation Loc) {
  SourceLocation File = SM.getExpansionLoc(Loc);
  if (File.isInvalid() || SM.isInMainFile(File))
    return true;
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(File));
  if (!Entry)
    return true;
  const tidy::ClangTidyOptions &Options = Context.getOptions();
  llvm::StringRef Name = Entry->getName();
  // As clang-tidy decides: an empty filter matches nothing.
  if (!Options.HeaderFilterRegex || Options.HeaderFilterRegex->empty() ||
      !Include.get(Options.HeaderFilterRegex)->match(Name))
    return false;
  return !Options.ExcludeHeaderFilterRegex ||
         Options.ExcludeHeaderFilterRegex->empty() ||
         !Exclude.get(Options.ExcludeHeaderFilterRegex)->match(Name);
}

} // namespace vouch::checks
