//===- ContractSyntaxCheck.h - contract-syntax ------------------*- C++ -*-===//
//
// Reports contracts that vouch cannot take as written: clauses that do not
// parse, name something unknown, have the wrong type, use `\result` or
// `\old` where they mean nothing, have side effects, or sit in the wrong
// place. Each diagnostic points inside the comment, at the offending token.
// A doc-comment clause written as prose for people is informal, and quiet
// unless StrictDocComments is set.
//
// Documentation: docs/checks/contract-syntax.md
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_CONTRACTSYNTAXCHECK_H
#define VOUCH_CHECKS_CONTRACTSYNTAXCHECK_H

#include "extract/ContractExtractor.h"

#include "clang-tidy/ClangTidyCheck.h"

#include <memory>

namespace vouch::checks {

class ContractSyntaxCheck : public clang::tidy::ClangTidyCheck {
public:
  ContractSyntaxCheck(llvm::StringRef Name,
                      clang::tidy::ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context),
        StrictDocComments(Options.get("StrictDocComments", false)) {}

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

  bool isLanguageVersionSupported(const clang::LangOptions &) const override {
    return true; // ACSL contracts are written on C code too
  }
  std::optional<clang::TraversalKind> getCheckTraversalKind() const override {
    // Templates are checked once, as written, not per instantiation.
    return clang::TK_IgnoreUnlessSpelledInSource;
  }
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  extract::ContractExtractor &extractorFor(clang::ASTContext &Ctx);
  void report(const std::vector<extract::ContractProblem> &Problems);

  /// Also report doc-comment clauses that read as prose.
  const bool StrictDocComments;
  clang::Preprocessor *PP = nullptr;
  clang::ASTContext *ExtractorContext = nullptr;
  std::unique_ptr<extract::ContractExtractor> Extractor;
};

} // namespace vouch::checks

#endif // VOUCH_CHECKS_CONTRACTSYNTAXCHECK_H
