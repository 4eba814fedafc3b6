//===- ContractSyntaxCheck.cpp - contract-syntax --------------------------===//
#include "ContractSyntaxCheck.h"

#include "ChangedLines.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace vouch::checks {

void ContractSyntaxCheck::registerPPCallbacks(const SourceManager &,
                                              Preprocessor *PP,
                                              Preprocessor *) {
  // Kept to expand object-like macros (INT_MAX ...) named in contracts.
  this->PP = PP;
}

void ContractSyntaxCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionDecl(unless(isImplicit())).bind("function"), this);
  Finder->addMatcher(
      cxxRecordDecl(isDefinition(), unless(isImplicit())).bind("class"), this);
}

extract::ContractExtractor &ContractSyntaxCheck::extractorFor(ASTContext &Ctx) {
  if (!Extractor || ExtractorContext != &Ctx) {
    Extractor = std::make_unique<extract::ContractExtractor>(Ctx, PP);
    ExtractorContext = &Ctx;
  }
  return *Extractor;
}

void ContractSyntaxCheck::check(const MatchFinder::MatchResult &Result) {
  std::vector<extract::ContractProblem> Problems;
  extract::ContractExtractor &Extractor = extractorFor(*Result.Context);
  // Each declaration is checked for the clauses written on it, so a
  // contract in a header is reported once, at the header.
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function")) {
    if (isTouchedByChange(FD))
      Extractor.clausesOn(FD, Problems);
  } else if (const auto *RD = Result.Nodes.getNodeAs<CXXRecordDecl>("class")) {
    if (isTouchedByChange(RD))
      Extractor.invariantsOf(RD, Problems);
  }
  report(Problems);
}

void ContractSyntaxCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "StrictDocComments", StrictDocComments);
}

void ContractSyntaxCheck::report(
    const std::vector<extract::ContractProblem> &Problems) {
  for (const extract::ContractProblem &P : Problems)
    if (!P.Informal || StrictDocComments)
      diag(P.Loc, "%0") << P.Message;
}

} // namespace vouch::checks
