//===- ChangedLines.cpp - Only what a change touched ----------------------===//
#include "ChangedLines.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include <optional>

using namespace clang;

namespace vouch::checks {
namespace {

std::optional<std::map<std::string, LineRanges>> &restriction() {
  static std::optional<std::map<std::string, LineRanges>> ByFile;
  return ByFile;
}

bool overlaps(const LineRanges &Ranges, unsigned First, unsigned Last) {
  for (const auto &[From, To] : Ranges)
    if (From <= Last && First <= To)
      return true;
  return false;
}

bool declarationTouches(const Decl *D) {
  const SourceManager &SM = D->getASTContext().getSourceManager();
  SourceLocation Begin = SM.getExpansionLoc(D->getBeginLoc());
  SourceLocation End = SM.getExpansionLoc(D->getEndLoc());
  if (Begin.isInvalid() || End.isInvalid())
    return false;
  OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(Begin));
  if (!File)
    return false;
  const auto &ByFile = *restriction();
  auto Ranges = ByFile.find(File->getFileEntry().tryGetRealPathName().str());
  if (Ranges == ByFile.end())
    return false;
  unsigned First = SM.getSpellingLineNumber(Begin);
  // The comment above a declaration (its contract) is part of it: the
  // extent starts after the previous token, or at the top of the file.
  std::optional<Token> Before =
      Lexer::findPreviousToken(Begin, SM, D->getASTContext().getLangOpts(),
                               /*IncludeComments=*/false);
  if (!Before || SM.getFileID(Before->getLocation()) != SM.getFileID(Begin))
    First = 1;
  else
    First = std::min(First, SM.getSpellingLineNumber(Before->getEndLoc()) + 1);
  return overlaps(Ranges->second, First, SM.getSpellingLineNumber(End));
}

} // namespace

void restrictToChangedLines(std::map<std::string, LineRanges> ByFile) {
  restriction() = std::move(ByFile);
}

bool isTouchedByChange(const Decl *D) {
  if (!restriction())
    return true;
  for (const Decl *R : D->redecls())
    if (declarationTouches(R))
      return true;
  return false;
}

} // namespace vouch::checks
