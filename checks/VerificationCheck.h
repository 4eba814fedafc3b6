//===- VerificationCheck.h - Base of the verdict checks ---------*- C++ -*-===//
//
// Each verification check reports one kind of obligation; they share the
// verifier's options (CheckOptions, local or global: TimeoutMs,
// UnrollBound, InlineDepth, ReportProved) and its verdicts.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CHECKS_VERIFICATIONCHECK_H
#define VOUCH_CHECKS_VERIFICATIONCHECK_H

#include "HeaderFilter.h"
#include "verify/FunctionVerifier.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace vouch::checks {

class VerificationCheck : public clang::tidy::ClangTidyCheck {
public:
  VerificationCheck(llvm::StringRef Name,
                    clang::tidy::ClangTidyContext *Context);

  bool isLanguageVersionSupported(const clang::LangOptions &) const override {
    return true; // ACSL contracts are written on C code too
  }
  std::optional<clang::TraversalKind> getCheckTraversalKind() const override {
    return clang::TK_IgnoreUnlessSpelledInSource;
  }
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

protected:
  /// Whether F's verdict is this check's to count.
  virtual bool owns(const verify::Finding &F,
                    const verify::FunctionReport &Report) const = 0;
  /// Whether this check shows F as a diagnostic.
  virtual bool reports(const verify::Finding &F,
                       const verify::FunctionReport &Report) const = 0;
  bool reportProved() const { return ReportProved; }

private:
  void emit(const verify::Finding &F, const clang::FunctionDecl *FD);

  clang::tidy::ClangTidyContext &TidyContext;
  HeaderFilter Shown;
  verify::Options Opts;
  bool ReportProved;
  clang::Preprocessor *PP = nullptr;
  const clang::ASTContext *LastContext = nullptr;
};

/// The checks that report Proved and Violated verdicts of one kind.
class VerdictCheck : public VerificationCheck {
public:
  VerdictCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context,
               std::vector<verify::ObligationKind> Kinds)
      : VerificationCheck(Name, Context), Kinds(std::move(Kinds)) {}

protected:
  bool owns(const verify::Finding &F,
            const verify::FunctionReport &Report) const override;
  bool reports(const verify::Finding &F,
               const verify::FunctionReport &Report) const override;

private:
  std::vector<verify::ObligationKind> Kinds;
};

} // namespace vouch::checks

#endif // VOUCH_CHECKS_VERIFICATIONCHECK_H
