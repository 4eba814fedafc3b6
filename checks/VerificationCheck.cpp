//===- VerificationCheck.cpp - Base of the verdict checks -----------------===//
#include "VerificationCheck.h"

#include "FindingLog.h"
#include "RunSummary.h"
#include "VerificationStore.h"

#include "verify/ContextSupply.h"
#include "verify/HugePages.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <algorithm>

using namespace clang;
using namespace clang::ast_matchers;

namespace vouch::checks {

VerificationCheck::VerificationCheck(llvm::StringRef Name,
                                     tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), TidyContext(*Context) {
  verify::Options Defaults;
  Opts.TimeoutMs = Options.getLocalOrGlobal("TimeoutMs", Defaults.TimeoutMs);
  Opts.ResourceLimit =
      Options.getLocalOrGlobal("ResourceLimit", Defaults.ResourceLimit);
  Opts.UnrollBound =
      Options.getLocalOrGlobal("UnrollBound", Defaults.UnrollBound);
  Opts.InlineDepth =
      Options.getLocalOrGlobal("InlineDepth", Defaults.InlineDepth);
  ReportProved = Options.getLocalOrGlobal("ReportProved", false);
}

void VerificationCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Map) {
  Options.store(Map, "TimeoutMs", Opts.TimeoutMs);
  Options.store(Map, "ResourceLimit", Opts.ResourceLimit);
  Options.store(Map, "UnrollBound", Opts.UnrollBound);
  Options.store(Map, "InlineDepth", Opts.InlineDepth);
  Options.store(Map, "ReportProved", ReportProved);
}

void VerificationCheck::registerPPCallbacks(const SourceManager &,
                                            Preprocessor *PP, Preprocessor *) {
  // Kept to expand object-like macros (INT_MAX ...) named in contracts.
  this->PP = PP;
}

void VerificationCheck::registerMatchers(MatchFinder *Finder) {
  // The unit is about to be parsed: its solver context is made meanwhile,
  // and the parse and the solvers get huge pages (HugePages.h).
  verify::ContextSupply::global().prepare(1);
  verify::adviseHugePagesForThisThread();
  Finder->addMatcher(
      functionDecl(isDefinition(), unless(isImplicit())).bind("function"),
      this);
}

void VerificationCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (!FD || !verify::FunctionVerifier::isCandidate(FD))
    return;
  // Code that does not compile has no meaning to verify: error recovery
  // drops what it cannot parse, and its errors are reported already.
  if (Result.Context->getDiagnostics().hasUncompilableErrorOccurred())
    return;
  // Findings there are never shown: do not spend the solver on them.
  if (Result.SourceManager->isInSystemHeader(FD->getLocation()) ||
      !Shown.shows(TidyContext, *Result.SourceManager, FD->getLocation()))
    return;
  LastContext = Result.Context;
  const verify::FunctionReport *Report = verificationOf(FD, PP, Opts);
  if (!Report)
    return;
  for (const verify::Finding &F : Report->Findings) {
    if (!owns(F, *Report))
      continue;
    recordVerdict(getID(), F.Result);
    if (reports(F, *Report))
      emit(F, FD);
  }
}

void VerificationCheck::onEndOfTranslationUnit() {
  if (LastContext)
    forgetVerifications(*LastContext);
  LastContext = nullptr;
}

void VerificationCheck::emit(const verify::Finding &F, const FunctionDecl *FD) {
  DiagnosticIDs::Level Level = F.Result == verify::Verdict::Proved
                                   ? DiagnosticIDs::Remark
                                   : DiagnosticIDs::Warning;
  diag(F.Loc, "%0", Level) << F.Message;
  logFinding(getID(), F, FD, FD->getASTContext().getSourceManager());
  for (const verify::Note &N : F.Notes)
    diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Text;
  if (F.Result != verify::Verdict::Violated)
    return;
  if (!F.Inputs.empty()) {
    std::string Values;
    for (const verify::InputValue &I : F.Inputs)
      Values += (Values.empty() ? "" : ", ") + I.Name + " = " + I.Value;
    diag(FD->getLocation(), "counterexample: %0", DiagnosticIDs::Note)
        << Values;
  }
  for (const verify::Note &N : F.Path)
    diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Text;
  if (!F.ReturnValue.empty())
    diag(F.Loc, "returns %0", DiagnosticIDs::Note) << F.ReturnValue;
}

bool VerdictCheck::owns(const verify::Finding &F,
                        const verify::FunctionReport &) const {
  return F.Result != verify::Verdict::Unknown &&
         std::find(Kinds.begin(), Kinds.end(), F.Kind) != Kinds.end();
}

bool VerdictCheck::reports(const verify::Finding &F,
                           const verify::FunctionReport &Report) const {
  return owns(F, Report) &&
         (F.Result == verify::Verdict::Violated || reportProved());
}

} // namespace vouch::checks
